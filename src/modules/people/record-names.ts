import type { Tx } from '../../platform/db/transaction.ts';
import { displayName } from './people.rules.ts';

/** Ids of people and companies something points at, gathered before their names are read at once. */
export interface RecordIds {
  people: Set<string>;
  companies: Set<string>;
}

export const noRecordIds = (): RecordIds => ({ people: new Set(), companies: new Set() });

export type NamedPerson = Parameters<typeof displayName>[0];

/**
 * The names of the given people and companies, by id: two reads whatever the count. The audit log names
 * deleted records too (they were what the change pointed at); an export names only live ones, and writes
 * a person in its own way (with their e-mail, so an import finds them again).
 */
export async function recordNames(
  tx: Tx,
  workspaceId: string,
  ids: RecordIds,
  options: { deleted: boolean; person?: (person: NamedPerson) => string },
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const personName = options.person ?? displayName;
  if (ids.companies.size > 0) {
    const companies = await tx
      .selectFrom('companies')
      .select(['id', 'name'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', [...ids.companies])
      .$if(!options.deleted, (q) => q.where('deleted_at', 'is', null))
      .execute();
    for (const company of companies) names.set(company.id, company.name);
  }
  if (ids.people.size > 0) {
    const people = await tx
      .selectFrom('people')
      .select(['id', 'first_name', 'last_name', 'email', 'phone'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', [...ids.people])
      .$if(!options.deleted, (q) => q.where('deleted_at', 'is', null))
      .execute();
    for (const person of people) names.set(person.id, personName(person));
  }
  return names;
}
