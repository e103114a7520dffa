import { IconUser } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { ProfileSettingsPage } from './pages/ProfileSettingsPage';

export const accountModule: AppModule = {
  settings: [
    {
      path: 'profile',
      label: 'Profile',
      icon: IconUser,
      isVisible: () => true,
      element: <ProfileSettingsPage />,
    },
  ],
};
