import { IconHistory } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';
import { can } from '../access/permissions';

const AuditLogSettingsPage = lazyComponent(
  () => import('./pages/AuditLogSettingsPage'),
  'AuditLogSettingsPage',
);

export const auditModule: AppModule = {
  settings: [
    {
      path: 'audit-log',
      label: 'Audit log',
      icon: IconHistory,
      isVisible: (me) => can(me, 'auditLog'),
      element: <AuditLogSettingsPage />,
    },
  ],
};
