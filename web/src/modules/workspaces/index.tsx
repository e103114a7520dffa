import { IconBuilding } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';
import { can } from '../access/permissions';

const WorkspaceSettingsPage = lazyComponent(
  () => import('./pages/WorkspaceSettingsPage'),
  'WorkspaceSettingsPage',
);

export const workspacesModule: AppModule = {
  settings: [
    {
      path: 'workspace',
      label: 'Workspace',
      icon: IconBuilding,
      isVisible: (me) => can(me, 'settings', 'update'),
      element: <WorkspaceSettingsPage />,
    },
  ],
};
