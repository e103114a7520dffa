import { IconBuilding } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { can } from '../access/permissions';
import { WorkspaceSettingsPage } from './pages/WorkspaceSettingsPage';

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
