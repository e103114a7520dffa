import { IconUsers } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';
import { can } from '../access/permissions';

const UsersSettingsPage = lazyComponent(() => import('./pages/UsersSettingsPage'), 'UsersSettingsPage');

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
