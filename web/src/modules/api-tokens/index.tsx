import { IconKey } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';

const ApiTokensSettingsPage = lazyComponent(
  () => import('./pages/ApiTokensSettingsPage'),
  'ApiTokensSettingsPage',
);

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
