import { IconKey } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { ApiTokensSettingsPage } from './pages/ApiTokensSettingsPage';

export const apiTokensModule: AppModule = {
  settings: [
    {
      path: 'api-tokens',
      label: 'API tokens',
      icon: IconKey,
      isVisible: () => true,
      element: <ApiTokensSettingsPage />,
    },
  ],
};
