import { sql } from 'kysely';
import { compiledOnce } from '../../platform/db/compiled.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { assertVersion, bumped, locks, type ReadFor, softDelete } from '../../platform/db/versioning.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import { brokenReferences } from '../../platform/query/references.ts';
import { type Actor, assertMay } from '../access/index.ts';
import { cleanCustomValues, definitionsFor } from '../custom-fields/index.ts';
import { cleanCountry, cleanPhone, notFoundOrMerged } from '../people/index.ts';
import { checkReferences } from '../people/people.service.ts';
import { workspaceSettings } from '../workspaces/workspaces.service.ts';
import { cleanDomain, cleanWebsite, rollUp } from './companies.rules.ts';
import type { CompanyInput } from './companies.schemas.ts';

// The parent's name is joined, so a list, a page and an export name it (and another workspace,
// importing that export, finds it).
export function companyQuery(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('companies as co')
    .leftJoin('companies as pc', (j) =>
      j
        .onRef('pc.workspace_id', '=', 'co.workspace_id')
        .onRef('pc.id', '=', 'co.parent_id')
        .on('pc.deleted_at', 'is', null),
    )
    .select([
      'co.id',
      'co.name',
      'co.domain',
      'co.domains',
      'co.industry',
      'co.employees',
      'co.annual_revenue',
      'co.phone',
      'co.website',
      'co.addresses',
      'co.parent_id',
      'pc.name as parent_name',
      'co.owner_id',
      'co.tags',
      'co.source',
      'co.custom_fields',
      'co.last_contacted_at',
      'co.created_at',
      'co.updated_at',
      'co.version',
    ])
    .where('co.workspace_id', '=', workspaceId)
    .where('co.deleted_at', 'is', null);
}
export type CompanyRow = Awaited<ReturnType<ReturnType<typeof companyQuery>['executeTakeFirstOrThrow']>>;

export async function companyContext(tx: Tx, workspaceId: string) {
  const { defaultCountry } = await workspaceSettings(tx, workspaceId);
  return { defaultCountry, definitions: await definitionsFor(tx, workspaceId, 'companies') };
}

// Every company page and every update reads a company by id: compiled once.
const companyById = compiledOnce((tx: Tx, workspaceId: string, id: string) =>
  companyQuery(tx, workspaceId).where('co.id', '=', id),
);
const companyToChange = compiledOnce((tx: Tx, workspaceId: string, id: string) =>
  companyQuery(tx, workspaceId).where('co.id', '=', id).forUpdate('co'),
);

export async function findCompany(tx: Tx, actor: Actor, id: string, action: ReadFor = 'read') {
  const [row] = await (locks(action) ? companyToChange : companyById)(tx, actor.workspaceId, id);
  if (!row) throw await notFoundOrMerged(tx, actor, 'companies', id);
  await assertMay(tx, actor, 'companies', action, row.owner_id, 'company');
  return row;
}

/** `relationsByKey`: imports (CleanContext). */
type Context = Awaited<ReturnType<typeof companyContext>> & { relationsByKey?: boolean };

/** Input → columns: domains from addresses or URLs, phones in E.164, countries as ISO codes. */
export function cleanCompany(input: CompanyInput, existing: CompanyRow | undefined, context: Context) {
  const errors: FieldError[] = [];
  const values: Record<string, unknown> = {};
  const nullable = (v: string | null | undefined) =>
    v === undefined ? undefined : v?.trim() ? v.trim() : null;
  if (input.name !== undefined) values.name = input.name.trim();
  for (const [key, column] of [['industry', 'industry']] as const) {
    const value = nullable(input[key]);
    if (value !== undefined) values[column] = value;
  }
  if (input.employees !== undefined) values.employees = input.employees;
  if (input.annualRevenue !== undefined) values.annual_revenue = input.annualRevenue;
  if (input.domains !== undefined || input.domain !== undefined) {
    const raw = [
      ...(input.domain ? [input.domain] : []),
      ...(input.domains ?? (input.domain === undefined ? [] : (existing?.domains ?? []))),
    ];
    const domains: string[] = [];
    raw.forEach((d, i) => {
      const clean = cleanDomain(d);
      if (clean.ok) domains.includes(clean.value) || domains.push(clean.value);
      else
        errors.push({
          path: input.domain && i === 0 ? '/domain' : `/domains/${input.domain ? i - 1 : i}`,
          message: clean.reason,
        });
    });
    values.domains = domains;
  }
  const addresses = input.addresses?.map((address, i) => {
    const clean = {
      type: address.type,
      street: address.street ?? null,
      city: address.city ?? null,
      region: address.region ?? null,
      postalCode: address.postalCode ?? null,
      country: null as string | null,
      latitude: address.latitude ?? null,
      longitude: address.longitude ?? null,
    };
    if (address.country) {
      const country = cleanCountry(address.country);
      if (country.ok) clean.country = country.value;
      else errors.push({ path: `/addresses/${i}/country`, message: country.reason });
    }
    return clean;
  });
  if (addresses) values.addresses = JSON.stringify(addresses);
  const country = addresses?.[0]?.country ?? context.defaultCountry;
  if (input.phone !== undefined) {
    if (input.phone === null || input.phone === '') values.phone = null;
    else {
      const phone = cleanPhone(input.phone, country);
      if (phone.ok) values.phone = phone.value;
      else errors.push({ path: '/phone', message: phone.reason });
    }
  }
  if (input.website !== undefined) {
    if (input.website === null || input.website === '') values.website = null;
    else {
      const website = cleanWebsite(input.website);
      if (website.ok) values.website = website.value;
      else errors.push({ path: '/website', message: website.reason });
    }
  }
  if (input.parentId !== undefined) values.parent_id = input.parentId;
  if (input.ownerId !== undefined) values.owner_id = input.ownerId;
  if (input.tags !== undefined) values.tags = [...new Set(input.tags.map((t) => t.trim()))];
  if (input.source !== undefined) values.source = input.source;
  if (input.customFields !== undefined || existing === undefined) {
    const custom = cleanCustomValues(
      context.definitions,
      input.customFields ?? {},
      existing?.custom_fields ?? {},
      { defaultCountry: country, relationsByKey: context.relationsByKey ?? false },
    );
    errors.push(...custom.errors);
    values.custom_fields = JSON.stringify(custom.values);
  }
  return { values, errors };
}

export async function createCompany(
  tx: Tx,
  actor: Actor,
  input: CompanyInput & { name: string },
  defaults: { source?: string } = {},
) {
  const context = await companyContext(tx, actor.workspaceId);
  const { values, errors } = cleanCompany(input, undefined, context);
  await checkCompanyReferences(tx, actor, values, context, errors, undefined);
  if (errors.length > 0) throw new AppError('validation_failed', 'The company is not valid.', { errors });
  const row = await tx
    .insertInto('companies')
    .values({
      ...(values as { name: string }),
      workspace_id: actor.workspaceId,
      owner_id: values.owner_id === undefined ? actor.userId : (values.owner_id as string | null),
      source: (values.source as string | undefined) ?? defaults.source ?? 'manual',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return findCompany(tx, actor, row.id);
}

export async function updateCompany(
  tx: Tx,
  actor: Actor,
  id: string,
  input: CompanyInput,
  expectedVersion: number | undefined,
) {
  const current = await findCompany(tx, actor, id, 'update');
  assertVersion(expectedVersion, current.version, 'company');
  const context = await companyContext(tx, actor.workspaceId);
  const { values, errors } = cleanCompany(input, current, context);
  await checkCompanyReferences(tx, actor, values, context, errors, id);
  if (errors.length > 0) throw new AppError('validation_failed', 'The change is not valid.', { errors });
  await tx
    .updateTable('companies')
    .set({ ...values, ...bumped() })
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', id)
    .execute();
  return findCompany(tx, actor, id);
}

export async function deleteCompany(tx: Tx, actor: Actor, id: string, expectedVersion: number | undefined) {
  const current = await findCompany(tx, actor, id, 'delete');
  assertVersion(expectedVersion, current.version, 'company');
  await softDelete(tx, 'companies', actor.workspaceId, id);
}

async function checkCompanyReferences(
  tx: Tx,
  actor: Actor,
  values: Record<string, unknown>,
  context: Context,
  errors: FieldError[],
  selfId: string | undefined,
) {
  const custom =
    typeof values.custom_fields === 'string'
      ? (JSON.parse(values.custom_fields) as Record<string, unknown>)
      : undefined;
  await checkReferences(
    tx,
    actor,
    { owner_id: values.owner_id as string | null | undefined, ...(custom ? { custom_fields: custom } : {}) },
    context.definitions,
    errors,
  );
  const parentId = values.parent_id as string | null | undefined;
  if (!parentId) return;
  const missing = await brokenReferences(tx, actor.workspaceId, [
    { kind: 'company', path: '/parentId', id: parentId },
  ]);
  if (missing.length > 0) {
    errors.push(...missing);
    return;
  }
  if (
    selfId &&
    (parentId === selfId || (await descendantsOf(tx, actor.workspaceId, selfId)).includes(parentId))
  ) {
    errors.push({
      path: '/parentId',
      message: 'A company cannot be placed under itself or one of its subsidiaries.',
    });
  }
}

async function descendantsOf(tx: Tx, workspaceId: string, id: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    WITH RECURSIVE below AS (
      SELECT id FROM companies WHERE workspace_id = ${workspaceId} AND parent_id = ${id} AND deleted_at IS NULL
      UNION
      SELECT c.id FROM companies c JOIN below b ON c.parent_id = b.id
      WHERE c.workspace_id = ${workspaceId} AND c.deleted_at IS NULL)
    SELECT id FROM below`.execute(tx);
  return rows.rows.map((r) => r.id);
}

/** The whole tree a company belongs to, from its top-most parent, with roll-ups at every level. */
export async function companyHierarchy(tx: Tx, actor: Actor, id: string) {
  await findCompany(tx, actor, id);
  const root = await sql<{ id: string }>`
    WITH RECURSIVE above AS (
      SELECT id, parent_id, 0 AS hops FROM companies WHERE workspace_id = ${actor.workspaceId} AND id = ${id}
      UNION
      SELECT c.id, c.parent_id, a.hops + 1 FROM companies c JOIN above a ON c.id = a.parent_id
      WHERE c.workspace_id = ${actor.workspaceId} AND c.deleted_at IS NULL AND a.hops < 100)
    SELECT id FROM above ORDER BY hops DESC LIMIT 1`.execute(tx);
  const rootId = root.rows[0]?.id ?? id;
  const rows = await sql<{
    id: string;
    name: string;
    parent_id: string | null;
    annual_revenue: string | null;
    open_deals: number;
    open_amounts: Record<string, string>;
  }>`
    WITH RECURSIVE tree AS (
      SELECT id, name, parent_id, annual_revenue FROM companies WHERE workspace_id = ${actor.workspaceId} AND id = ${rootId}
      UNION
      SELECT c.id, c.name, c.parent_id, c.annual_revenue FROM companies c JOIN tree t ON c.parent_id = t.id
      WHERE c.workspace_id = ${actor.workspaceId} AND c.deleted_at IS NULL)
    SELECT t.id, t.name, t.parent_id, t.annual_revenue::text,
           coalesce(sum(d.deals), 0)::int AS open_deals,
           coalesce(jsonb_object_agg(d.currency, d.amount::text) FILTER (WHERE d.currency IS NOT NULL), '{}') AS open_amounts
    FROM tree t
    LEFT JOIN LATERAL (
      SELECT currency, count(*) AS deals, coalesce(sum(amount), 0) AS amount FROM deals
      WHERE workspace_id = ${actor.workspaceId} AND company_id = t.id AND status = 'open' AND deleted_at IS NULL
      GROUP BY currency) d ON true
    GROUP BY t.id, t.name, t.parent_id, t.annual_revenue
    LIMIT 10000`.execute(tx);
  return rollUp(
    rows.rows.map((r) => ({
      id: r.id,
      name: r.name,
      parentId: r.parent_id,
      annualRevenue: r.annual_revenue === null ? null : Number(r.annual_revenue),
      openDeals: r.open_deals,
      openDealsAmounts: Object.fromEntries(
        Object.entries(r.open_amounts).map(([currency, amount]) => [currency, Number(amount)]),
      ),
    })),
  );
}
