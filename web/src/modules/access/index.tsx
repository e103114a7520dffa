import { IconShieldLock } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { RolesSettingsPage } from './pages/RolesSettingsPage';

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
