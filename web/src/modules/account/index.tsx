import { IconUser } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';

const ProfileSettingsPage = lazyComponent(() => import('./pages/ProfileSettingsPage'), 'ProfileSettingsPage');

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
