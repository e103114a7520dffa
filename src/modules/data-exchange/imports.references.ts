import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../platform/db/transaction.ts';
import { cleanDomain } from '../companies/index.ts';
import { activeMembers } from '../users/index.ts';
import { memberPickList, proposeChoice } from './choices.rules.ts';
import type { PreparedRow } from './imports.batch.ts';
import type { UnknownOwner } from './imports.tables.ts';
import { type FieldProblem, joinProblems, onColumns } from './row-problems.rules.ts';
import type { CompanyRef } from './rows.rules.ts';

/**
 * The records rows point at, resolved for a whole batch in a few statements: companies (found by id,
 * domain or name, created when a row that is written names one that does not exist), owners (members
 * by e-mail, full name or id), and the targets of relation custom fields.
 */
export type Resolved = { ok: true; id: string } | ({ ok: false } & FieldProblem);

/**
 * The fields by which a person row names its company: a problem with the company's domain or name
 * concerns the fields that can give it, one with the company as a whole concerns them all.
 */
const COMPANY = ['company', 'company.name', 'company.domain'];
const COMPANY_DOMAIN = ['company', 'company.domain'];
const COMPANY_NAME = ['company', 'company.name'];

/** "Acme, Inc." and "acme inc" are one company, as rapport_search_norm (migration 0007) compares names. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.+]+/gu, ' ')
    .trim();
}

/** Domain → the oldest live company that has it (its primary domain or another). */
export async function companiesByDomain(tx: Tx, domains: string[]): Promise<Map<string, string>> {
  if (domains.length === 0) return new Map();
  const rows = await sql<{ domain: string; id: string }>`
    SELECT domain, min(id::text) AS id FROM rapport_companies_by_domains(${domains}::text[]) GROUP BY domain`.execute(
    tx,
  );
  return new Map(rows.rows.map((r) => [r.domain, r.id]));
}

/** Name as written → the oldest live company of that name, compared as rapport_search_norm does. */
export async function companiesByName(tx: Tx, names: string[]): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const rows = await sql<{ name: string; id: string }>`
    SELECT name, min(id::text) AS id FROM rapport_companies_by_names(${names}::text[]) GROUP BY name`.execute(
    tx,
  );
  return new Map(rows.rows.map((r) => [r.name, r.id]));
}

interface CompanyPlan {
  key: string;
  name: string;
  domain: string | null;
}

function planCompany(ref: CompanyRef): CompanyPlan | FieldProblem {
  let domain: string | null = null;
  if (ref.domain) {
    const clean = cleanDomain(ref.domain);
    if (!clean.ok) return { reason: `Company domain: ${clean.reason}`, fields: COMPANY_DOMAIN };
    domain = clean.value;
  }
  const name = (ref.name ?? domain ?? '').trim();
  if (name.length > 300) return { reason: 'Company name: at most 300 characters.', fields: COMPANY_NAME };
  return { key: domain ? `domain:${domain}` : `name:${nameKey(name)}`, name, domain };
}

/**
 * The claims a row makes on the company it names (imports.writers.ts): its domain and its name. A
 * row with both finds or creates the company by its domain, but the company it creates is then found
 * by its name by a later row that gives only the name, so the two rows must not race.
 */
export function companyClaims(ref: CompanyRef | undefined): string[] {
  if (!ref || !(ref.name || ref.domain)) return [];
  const plan = planCompany(ref);
  if (!('key' in plan)) return [];
  const byName = `name:${nameKey(plan.name)}`;
  return plan.key === byName ? [byName] : [plan.key, byName];
}

/** A company no row found: its id is chosen first, so the records written can point at it. */
export type PlannedCompany = CompanyPlan & { id: string };

/**
 * Finds the companies rows point at, without writing: one a row names that does not exist gets an id
 * and a plan, and is created by createPlannedCompanies once a row that points at it is sure to be
 * written, so a rejected row creates none.
 */
export async function resolveCompanies(
  tx: Tx,
  workspaceId: string,
  refs: (CompanyRef | undefined)[],
): Promise<{ resolved: (Resolved | undefined)[]; planned: Map<string, PlannedCompany> }> {
  // A row may name a company by id and by name or domain (our own exports do): the id wins when it
  // exists here; in another workspace the name or domain finds (or creates) the company.
  const plans = refs.map((ref) => (ref && (ref.name || ref.domain) ? planCompany(ref) : undefined));
  const ids = [...new Set(refs.flatMap((ref) => (ref?.id ? [ref.id] : [])))];
  const domains = [...new Set(plans.flatMap((p) => (p && 'key' in p && p.domain ? [p.domain] : [])))];
  const names = [...new Set(plans.flatMap((p) => (p && 'key' in p && !p.domain && p.name ? [p.name] : [])))];
  const found = new Map<string, string>();
  for (const [domain, id] of await companiesByDomain(tx, domains)) found.set(`domain:${domain}`, id);
  for (const [name, id] of await companiesByName(tx, names)) found.set(`name:${nameKey(name)}`, id);
  const existingIds = new Set<string>();
  if (ids.length > 0) {
    const rows = await tx
      .selectFrom('companies')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .where('deleted_at', 'is', null)
      .execute();
    for (const row of rows) existingIds.add(row.id);
  }
  const toCreate = new Map<string, PlannedCompany>();
  plans.forEach((plan, i) => {
    const byId = refs[i]?.id;
    if (byId && existingIds.has(byId)) return;
    if (!plan || !('key' in plan) || !plan.name || found.has(plan.key) || toCreate.has(plan.key)) return;
    toCreate.set(plan.key, { ...plan, id: uuidv7() });
  });
  const resolved = refs.map((ref, i): Resolved | undefined => {
    if (!ref) return undefined;
    if (ref.id && existingIds.has(ref.id)) return { ok: true, id: ref.id };
    const plan = plans[i];
    if (!plan) return { ok: false, reason: 'Company: no such company.', fields: COMPANY };
    if (!('key' in plan)) return { ok: false, ...plan };
    const id = found.get(plan.key) ?? toCreate.get(plan.key)?.id;
    return id
      ? { ok: true, id }
      : { ok: false, reason: 'Company: give a name or a domain.', fields: COMPANY };
  });
  return { resolved, planned: new Map([...toCreate.values()].map((p) => [p.id, p])) };
}

/** Creates the planned companies among `ids` (once each: they leave `planned`); returns how many. */
export async function createPlannedCompanies(
  tx: Tx,
  workspaceId: string,
  ownerId: string | null,
  planned: Map<string, PlannedCompany>,
  ids: Iterable<string | null>,
): Promise<number> {
  const plans = [...new Set(ids)].flatMap((id) => {
    const plan = id ? planned.get(id) : undefined;
    return plan ? [plan] : [];
  });
  if (plans.length === 0) return 0;
  for (const plan of plans) planned.delete(plan.id);
  const rows = plans.map((p) => ({ id: p.id, name: p.name, domains: p.domain ? [p.domain] : [] }));
  await sql`
    INSERT INTO companies (workspace_id, id, name, domains, owner_id, source)
    SELECT ${workspaceId}, r.id, r.name, r.domains, ${ownerId}, 'import'
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id uuid, name text, domains text[])`.execute(
    tx,
  );
  return plans.length;
}

/**
 * Owners given by a member's e-mail, user id or full name (as the values step proposes them; a name
 * two members share names neither); only active members can own records. One that is not a member
 * is a problem, or with `unknown: 'ignore'` no owner at all, as if its cell were empty. A workspace
 * has tens of members, not thousands: they are read whole, once per batch.
 */
export async function resolveOwners(
  tx: Tx,
  workspaceId: string,
  refs: (string | undefined)[],
  unknown: UnknownOwner,
): Promise<(Resolved | undefined)[]> {
  if (!refs.some(Boolean)) return refs.map(() => undefined);
  const members = memberPickList(await activeMembers(tx, workspaceId));
  return refs.map((ref) => {
    if (!ref) return undefined;
    const id = proposeChoice(members, ref);
    if (id) return { ok: true, id };
    return unknown === 'ignore'
      ? undefined
      : { ok: false, reason: members.refusal(ref.trim()), fields: ['owner'] };
  });
}

/**
 * Rows rejected before the look-ups (a date they cannot read) are told of an owner who is not a
 * member too: one round of fixes in the file, not one for the cells and another for the owner.
 */
export async function withOwnerProblems(
  tx: Tx,
  run: {
    workspaceId: string;
    unknownOwner: UnknownOwner;
    plan: readonly { column: string; field: string }[];
  },
  rows: PreparedRow[],
): Promise<void> {
  const rejected = rows.filter((row) => row.problem && row.rejectedOwner);
  const owners = await resolveOwners(
    tx,
    run.workspaceId,
    rejected.map((row) => row.rejectedOwner),
    run.unknownOwner,
  );
  rejected.forEach((row, i) => {
    const owner = owners[i];
    if (row.problem && owner && !owner.ok)
      row.problem = joinProblems([row.problem, onColumns(owner, run.plan)]);
  });
}
