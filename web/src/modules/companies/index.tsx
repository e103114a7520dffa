import { IconBuilding } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { CompaniesListPage } from './pages/CompaniesListPage';
import { CompanyPage } from './pages/CompanyPage';

export const companiesModule: AppModule = {
  navigation: [{ to: '/companies', label: 'Companies', icon: IconBuilding, requires: 'companies' }],
  routes: [
    { path: 'companies', element: <CompaniesListPage /> },
    { path: 'companies/:companyId/*', element: <CompanyPage /> },
  ],
};
