import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import { companiesByDomain, companiesByName, nameKey } from './imports.references.ts';
import { notFoundReason, type RelationKey, relationKey } from './relations.rules.ts';
import type { FieldProblem } from './row-problems.rules.ts';

type Target = 'people' | 'companies';
type Values = Record<string, unknown>;

/**
 * A row's custom values as cleaned, and as the file gave them (an update cleans them again), and the
 * names its relations' name columns give, tried when a relation's own cell finds nothing.
 */
export interface RelationValues {
  clean: Values | undefined;
  input: Values | undefined;
  names?: Record<string, string> | undefined;
}

/**
 * Relation custom fields point at people or companies that must exist; the database cannot check
 * values inside JSON, so each batch does, a few statements per kind of target. A cell may name its
 * record by id, e-mail, domain or name (relationKey): each row's values then hold the id found, or the
 * row gets the problem.
 */
export async function resolveRelations(
  tx: Tx,
  workspaceId: string,
  definitions: CustomFieldDefinition[],
  rows: RelationValues[],
): Promise<(FieldProblem | undefined)[]> {
  const relations = definitions.filter((d) => d.type === 'relation' && d.target);
  if (relations.length === 0) return rows.map(() => undefined);
  const keyed = rows.map((row) =>
    relations.flatMap((d) => {
      const value = row.clean?.[d.key];
      if (typeof value !== 'string') return [];
      const target = d.target as Target;
      const name = row.names?.[d.key];
      return [
        {
          definition: d,
          target,
          key: relationKey(target, value),
          ...(name ? { fallback: relationKey(target, name) } : {}),
        },
      ];
    }),
  );
  const found = await lookUp(
    tx,
    workspaceId,
    keyed
      .flat()
      .flatMap(({ target, key, fallback }) =>
        [key, fallback].flatMap((k) => (k && 'by' in k ? [{ target, key: k }] : [])),
      ),
  );
  const idOf = (target: Target, key: RelationKey | { reason: string } | undefined) =>
    key && 'by' in key ? found.get(lookUpKey(target, key)) : undefined;
  return rows.map((row, i) => {
    for (const { definition, target, key, fallback } of keyed[i] ?? []) {
      const id = idOf(target, key) ?? idOf(target, fallback);
      if (!id) {
        const label = definition.label;
        const fields = [`customFields.${definition.key}`, `customFields.${definition.key}.name`];
        const [first, second] = [key, fallback].map((k) =>
          k && 'by' in k ? notFoundReason(k, target) : k?.reason,
        );
        return { reason: `${label}: ${first}${second ? ` (and ${second})` : ''}.`, fields };
      }
      if (row.clean) row.clean[definition.key] = id;
      if (row.input && definition.key in row.input) row.input[definition.key] = id;
    }
    return undefined;
  });
}

const lookUpKey = (target: Target, key: RelationKey) =>
  key.by === 'id'
    ? `${target}:id:${key.id}`
    : key.by === 'email'
      ? `email:${key.email}`
      : key.by === 'domain'
        ? `domain:${key.domain}:${nameKey(key.name)}`
        : `name:${nameKey(key.name)}`;

/** Every key of a batch → the id it finds (the oldest live record, as the rest of the import does). */
async function lookUp(
  tx: Tx,
  workspaceId: string,
  wanted: { target: Target; key: RelationKey }[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const of = <K extends RelationKey['by']>(by: K) =>
    wanted.flatMap((w) =>
      w.key.by === by ? [w as { target: Target; key: Extract<RelationKey, { by: K }> }] : [],
    );
  for (const target of ['people', 'companies'] as const) {
    const ids = [
      ...new Set(
        of('id')
          .filter((w) => w.target === target)
          .map((w) => w.key.id),
      ),
    ];
    if (ids.length === 0) continue;
    const rows = await tx
      .selectFrom(target)
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .where('deleted_at', 'is', null)
      .execute();
    for (const row of rows) found.set(`${target}:id:${row.id}`, row.id);
  }
  const emails = [...new Set(of('email').map((w) => w.key.email))];
  if (emails.length > 0) {
    const rows = await sql<{ email: string; id: string }>`
      SELECT email, min(id::text) AS id FROM rapport_people_by_emails(${emails}::text[]) GROUP BY email`.execute(
      tx,
    );
    for (const row of rows.rows) found.set(`email:${row.email}`, row.id);
  }
  const domains = of('domain');
  const byDomain = await companiesByDomain(tx, [...new Set(domains.map((w) => w.key.domain))]);
  const names = [...of('name').map((w) => w.key.name), ...domains.map((w) => w.key.name)];
  const byName = await companiesByName(tx, [...new Set(names)]);
  const idOfName = new Map([...byName].map(([name, id]) => [nameKey(name), id]));
  for (const { key } of of('name')) {
    const id = idOfName.get(nameKey(key.name));
    if (id) found.set(lookUpKey('companies', key), id);
  }
  for (const { key } of domains) {
    const id = byDomain.get(key.domain) ?? idOfName.get(nameKey(key.name));
    if (id) found.set(lookUpKey('companies', key), id);
  }
  return found;
}
