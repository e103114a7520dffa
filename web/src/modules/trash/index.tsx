import { IconTrash } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';
import { can } from '../access/permissions';

const DeletedRecordsSettingsPage = lazyComponent(
  () => import('./pages/DeletedRecordsSettingsPage'),
  'DeletedRecordsSettingsPage',
);

export const trashModule: AppModule = {
  settings: [
    {
      path: 'deleted-records',
      label: 'Deleted records',
      icon: IconTrash,
      isVisible: (me) => can(me, 'people', 'delete') || can(me, 'companies', 'delete'),
      element: <DeletedRecordsSettingsPage />,
    },
  ],
};
