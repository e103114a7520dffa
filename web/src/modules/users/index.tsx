import { IconUsers } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { can } from '../access/permissions';
import { UsersSettingsPage } from './pages/UsersSettingsPage';

export const usersModule: AppModule = {
  settings: [
    {
      path: 'users/*',
      label: 'Users',
      icon: IconUsers,
      isVisible: (me) => can(me, 'users'),
      element: <UsersSettingsPage />,
    },
  ],
};
