import { IconAddressBook } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { PeopleListPage } from './pages/PeopleListPage';
import { PersonPage } from './pages/PersonPage';

export const peopleModule: AppModule = {
  navigation: [{ to: '/people', label: 'People', icon: IconAddressBook, requires: 'people' }],
  routes: [
    { path: 'people', element: <PeopleListPage /> },
    { path: 'people/:personId/*', element: <PersonPage /> },
  ],
};
