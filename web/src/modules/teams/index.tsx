import { IconUsersGroup } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';
import { can } from '../access/permissions';

const TeamsSettingsPage = lazyComponent(() => import('./pages/TeamsSettingsPage'), 'TeamsSettingsPage');

export const teamsModule: AppModule = {
  settings: [
    {
      path: 'teams/*',
      label: 'Teams',
      icon: IconUsersGroup,
      isVisible: (me) => can(me, 'teams'),
      element: <TeamsSettingsPage />,
    },
  ],
};
