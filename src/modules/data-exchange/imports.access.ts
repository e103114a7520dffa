import type { StaffPrincipal } from '../../platform/auth/principal.ts';
import { can } from '../access/index.ts';

export const IMPORTS_TAG = 'Imports';

export const mayImport = (principal: StaffPrincipal) =>
  can('people', 'create')(principal) || can('companies', 'create')(principal);

/** Reading an import (its counts, its rejected rows) writes nothing: a viewer may follow imports. */
export const mayReadImports = (principal: StaffPrincipal) =>
  can('people', 'read')(principal) || can('companies', 'read')(principal);
