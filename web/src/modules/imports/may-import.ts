import type { Me } from '../../api/types';
import { can } from '../access/permissions';

/** The server's rule (src/modules/data-exchange/imports.routes.ts): importing creates records. */
export const mayImport = (me: Me) => can(me, 'people', 'create') || can(me, 'companies', 'create');
