import type { Me } from '../../api/types';
import { can } from '../access/permissions';

/** The server's rule (src/modules/data-exchange/imports.routes.ts): importing creates records. */
export const mayImport = (me: Me) => can(me, 'people', 'create') || can(me, 'companies', 'create');

/** The server's rule for reading imports (the list, each one): reading writes nothing, a viewer follows them. */
export const mayReadImports = (me: Me) => can(me, 'people', 'read') || can(me, 'companies', 'read');
