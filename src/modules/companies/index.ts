export { listCompanies, matchingCompanies, searchCompanies } from './companies.list.ts';
export { presentCompany } from './companies.present.ts';
export { companyRoutes } from './companies.routes.ts';
export { cleanDomain, companyDomainOfEmail, FREE_MAIL_DOMAINS } from './companies.rules.ts';
export { CompanyInput, type CompanyJson, CompanySchema } from './companies.schemas.ts';
export {
  type CompanyRow,
  cleanCompany,
  companyContext,
  companyQuery,
  createCompany,
  findCompany,
  updateCompany,
} from './companies.service.ts';
export type { CompaniesTable } from './companies.tables.ts';
