import { IconHistory } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { can } from '../access/permissions';
import { AuditLogSettingsPage } from './pages/AuditLogSettingsPage';

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
