import { IconUsersGroup } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { can } from '../access/permissions';
import { TeamsSettingsPage } from './pages/TeamsSettingsPage';

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
