import { accessModule } from '../modules/access';
import { accountModule } from '../modules/account';
import { apiTokensModule } from '../modules/api-tokens';
import { auditModule } from '../modules/audit';
import { companiesModule } from '../modules/companies';
import { customFieldsModule } from '../modules/custom-fields';
import { duplicatesModule } from '../modules/duplicates';
import { homeModule } from '../modules/home';
import { importsModule } from '../modules/imports';
import { peopleModule } from '../modules/people';
import { searchModule } from '../modules/search';
import { settingsModule } from '../modules/settings';
import { systemModule } from '../modules/system';
import { teamsModule } from '../modules/teams';
import { trashModule } from '../modules/trash';
import { usersModule } from '../modules/users';
import { workspacesModule } from '../modules/workspaces';
import type { AppModule } from './app-module';

/**
 * Every front-end module, in the order of the navigation and of the Settings sections. A new module
 * (people, deals…) adds itself here and nowhere else.
 */
const modules: AppModule[] = [
  homeModule,
  peopleModule,
  companiesModule,
  importsModule,
  duplicatesModule,
  searchModule,
  accountModule,
  workspacesModule,
  usersModule,
  teamsModule,
  accessModule,
  customFieldsModule,
  apiTokensModule,
  auditModule,
  trashModule,
  systemModule,
];

export const appModules: AppModule[] = [
  ...modules,
  settingsModule(modules.flatMap((module) => module.settings ?? [])),
];
