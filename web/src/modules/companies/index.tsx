import { IconBuilding } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';

const CompaniesListPage = lazyComponent(() => import('./pages/CompaniesListPage'), 'CompaniesListPage');
const CompanyPage = lazyComponent(() => import('./pages/CompanyPage'), 'CompanyPage');

export const companiesModule: AppModule = {
  navigation: [{ to: '/companies', label: 'Companies', icon: IconBuilding, requires: 'companies' }],
  routes: [
    { path: 'companies', element: <CompaniesListPage /> },
    { path: 'companies/:companyId/*', element: <CompanyPage /> },
  ],
};
