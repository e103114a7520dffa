import { IconForms } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { can } from '../access/permissions';
import { CustomFieldsSettingsPage } from './pages/CustomFieldsSettingsPage';

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
