export { workspaceRoutes } from './workspaces.routes.ts';
export {
  createWorkspace,
  createWorkspaceFor,
  forgetWorkspaceSettings,
  needsSetup,
  workspaceSettings,
  workspacesOf,
} from './workspaces.service.ts';
