import { IconFileImport } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { ImportPage } from './pages/ImportPage';
import { ImportsPage } from './pages/ImportsPage';

export const importsModule: AppModule = {
  // Importing needs create on people or companies; a role that only reads them is told so by the API.
  navigation: [{ to: '/imports', label: 'Import', icon: IconFileImport, requires: 'people' }],
  routes: [
    { path: 'imports', element: <ImportsPage /> },
    { path: 'imports/:importId', element: <ImportPage /> },
  ],
};
