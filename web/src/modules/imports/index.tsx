import { IconFileImport } from '@tabler/icons-react';
import { Navigate } from 'react-router';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';
import { mayReadImports } from './may-import';

const ImportPage = lazyComponent(() => import('./pages/ImportPage'), 'ImportPage');
const ImportsPage = lazyComponent(() => import('./pages/ImportsPage'), 'ImportsPage');

export const importsModule: AppModule = {
  // Whoever reads people or companies follows imports; the pages offer a new one only to who may create.
  navigation: [{ to: '/imports', label: 'Import', icon: IconFileImport, allowed: mayReadImports }],
  routes: [
    { path: 'imports', element: <ImportsPage /> },
    // The navigation says "Import", so that is what people type in the address bar.
    { path: 'import', element: <Navigate to="/imports" replace /> },
    { path: 'imports/:importId', element: <ImportPage /> },
  ],
};
