export { workspaceRoutes } from './workspaces.routes.ts';
export { createWorkspace, createWorkspaceFor, needsSetup, workspacesOf } from './workspaces.service.ts';
