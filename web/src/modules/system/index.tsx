import { IconListCheck, IconMail } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { can } from '../access/permissions';
import { JobsSettingsPage } from './pages/JobsSettingsPage';
import { OutboxSettingsPage } from './pages/OutboxSettingsPage';

export const systemModule: AppModule = {
  settings: [
    {
      path: 'jobs',
      label: 'Jobs',
      icon: IconListCheck,
      isVisible: (me) => can(me, 'settings'),
      element: <JobsSettingsPage />,
    },
    {
      path: 'outbox/*',
      label: 'Outbox',
      icon: IconMail,
      isVisible: (me) => can(me, 'settings'),
      element: <OutboxSettingsPage />,
    },
  ],
};
