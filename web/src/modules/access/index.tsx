import { IconShieldLock } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';

const RolesSettingsPage = lazyComponent(() => import('./pages/RolesSettingsPage'), 'RolesSettingsPage');

export const accessModule: AppModule = {
  settings: [
    {
      path: 'roles',
      label: 'Roles',
      icon: IconShieldLock,
      isVisible: () => true,
      element: <RolesSettingsPage />,
    },
  ],
};
