import { IconFileImport } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { mayImport } from './may-import';
import { ImportPage } from './pages/ImportPage';
import { ImportsPage } from './pages/ImportsPage';

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
