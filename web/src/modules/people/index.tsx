import { IconAddressBook } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';

const PeopleListPage = lazyComponent(() => import('./pages/PeopleListPage'), 'PeopleListPage');
const PersonPage = lazyComponent(() => import('./pages/PersonPage'), 'PersonPage');

export const peopleModule: AppModule = {
  navigation: [{ to: '/people', label: 'People', icon: IconAddressBook, requires: 'people' }],
  routes: [
    { path: 'people', element: <PeopleListPage /> },
    { path: 'people/:personId/*', element: <PersonPage /> },
  ],
};
