import { IconListCheck, IconMail } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';
import { can } from '../access/permissions';

const JobsSettingsPage = lazyComponent(() => import('./pages/JobsSettingsPage'), 'JobsSettingsPage');
const OutboxSettingsPage = lazyComponent(() => import('./pages/OutboxSettingsPage'), 'OutboxSettingsPage');

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
