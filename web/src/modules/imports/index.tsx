import { IconFileImport } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';
import { mayImport } from './may-import';

const ImportPage = lazyComponent(() => import('./pages/ImportPage'), 'ImportPage');
const ImportsPage = lazyComponent(() => import('./pages/ImportsPage'), 'ImportsPage');

export const importsModule: AppModule = {
  // Importing needs create on people or companies: a role that only reads them is not offered it.
  navigation: [
    { to: '/imports', label: 'Import', icon: IconFileImport, requires: 'people', allowed: mayImport },
  ],
  routes: [
    { path: 'imports', element: <ImportsPage /> },
    { path: 'imports/:importId', element: <ImportPage /> },
  ],
};
