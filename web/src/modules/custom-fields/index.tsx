import { IconForms } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';
import { can } from '../access/permissions';

const CustomFieldsSettingsPage = lazyComponent(
  () => import('./pages/CustomFieldsSettingsPage'),
  'CustomFieldsSettingsPage',
);

export const customFieldsModule: AppModule = {
  settings: [
    {
      path: 'custom-fields',
      label: 'Custom fields',
      icon: IconForms,
      // Defining fields is the admins' (the API asks for settings:update).
      isVisible: (me) => can(me, 'settings', 'update'),
      element: <CustomFieldsSettingsPage />,
    },
  ],
};
