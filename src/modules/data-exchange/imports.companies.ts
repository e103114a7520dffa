import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../platform/db/transaction.ts';
import { visibleOwners } from '../access/index.ts';
import { CompanyInput, type CompanyRow, cleanCompany } from '../companies/index.ts';
import type { AddressEntry } from '../people/index.ts';
import { addPlainNotes } from '../timeline/index.ts';
import { companyDraft } from './company-rows.rules.ts';
import {
  type BatchRow,
  classify,
  draftRow,
  emptyOutcome,
  importCleanContext,
  lookedUpProblem,
  matchedKeys,
  type Outcome,
  type PreparedRow,
  type RunContext,
  sameJson,
  settleRound,
  writeRounds,
  zodErrors,
} from './imports.batch.ts';
import { mergeAddresses, mergeTags } from './imports.merge.ts';
import { companiesByDomain, resolveOwners, withOwnerProblems } from './imports.references.ts';
import { resolveRelations } from './imports.relations.ts';
import { matchByOwnKeys, rejectUniqueClashes } from './imports.unique.ts';
import { changedIdProblem, isOwnKey, recordKey, uniqueClaims, withIdKey } from './match-on.rules.ts';
import { inputProblem, onColumns, type RowProblem, rowProblem } from './row-problems.rules.ts';
import type { Draft } from './rows.rules.ts';

/** Company rows of one batch, as people rows are: cleaned with cleanCompany, written set-based. */
interface CompanyRecord {
  id: string;
  version: number;
  owner_id: string | null;
  name: string;
  domains: string[];
  industry: string | null;
  employees: number | null;
  annual_revenue: number | null;
  phone: string | null;
  website: string | null;
  addresses: AddressEntry[];
  tags: string[];
  custom_fields: Record<string, unknown>;
  /** A new record's created date from the file; an update leaves the record's own. */
  created_at?: string | undefined;
}
type CleanCompany = Partial<Omit<CompanyRecord, 'id' | 'version' | 'created_at'>>;

export interface PreparedCompany extends PreparedRow {
  draft?: Draft<CompanyInput>;
  clean?: CleanCompany;
}

/** cleanCompany's columns, with its JSON strings read back into values. */
function cleanColumns(values: Record<string, unknown>): CleanCompany {
  const out: Record<string, unknown> = { ...values };
  for (const column of ['addresses', 'custom_fields'])
    if (typeof out[column] === 'string') out[column] = JSON.parse(out[column] as string);
  if (out.annual_revenue !== undefined && out.annual_revenue !== null)
    out.annual_revenue = Number(out.annual_revenue);
  return out as CleanCompany;
}

function companyErrors(input: CompanyInput, context: Parameters<typeof cleanCompany>[2]) {
  const parsed = CompanyInput.safeParse(input);
  return parsed.success ? cleanCompany(parsed.data, undefined, context).errors : zodErrors(parsed.error);
}

export function prepareCompanies(rows: BatchRow[], run: RunContext): PreparedCompany[] {
  const context = importCleanContext(run);
  return rows.map((row) => {
    const drafted = draftRow(
      row,
      run,
      () => companyDraft(row.cells, run.plan, run),
      CompanyInput,
      (input) => companyErrors(input, context),
    );
    if ('done' in drafted) return drafted.done;
    const { draft } = drafted;
    const { values, errors } = cleanCompany(draft.input, undefined, context);
    const clean = cleanColumns(values);
    clean.name ??= clean.domains?.[0];
    const problems = errors.length > 0 ? inputProblem(errors, draft.columns) : undefined;
    const cleanProblem =
      problems ?? (clean.name ? undefined : rowProblem('A company needs a name or a domain.'));
    // Every domain the row gives may find the company, as every address may find a person, after
    // its record id and the ID it gives (a unique field).
    const keys = run.matching
      ? withIdKey(run.matchOn, clean.custom_fields, clean.domains ?? [], draft.recordId)
      : {};
    return { ...row, draft, clean, ...keys, ...(cleanProblem ? { cleanProblem } : {}) };
  });
}

/** Companies are matched by any of their domains; two rows giving one unique value claim it too. */
export function companyClaims(row: PreparedCompany, run: RunContext): string[] {
  const domains = run.matching ? (row.clean?.domains ?? []).map((domain) => `domain:${domain}`) : [];
  const record = run.matching && row.draft?.recordId ? [recordKey(row.draft.recordId)] : [];
  return [...domains, ...uniqueClaims(run.definitions, row.clean?.custom_fields), ...record];
}

export async function writeCompanies(tx: Tx, run: RunContext, rows: PreparedCompany[]): Promise<Outcome> {
  const outcome = emptyOutcome();
  const live = rows.filter((r) => !r.problem);
  const owners = await resolveOwners(
    tx,
    run.workspaceId,
    live.map((r) => r.draft?.owner),
    run.unknownOwner,
  );
  const relations = await resolveRelations(
    tx,
    run.workspaceId,
    run.definitions,
    live.map((r) => ({
      clean: r.clean?.custom_fields,
      input: r.draft?.input.customFields,
      names: r.draft?.relationNames,
    })),
  );
  live.forEach((row, i) => {
    const owner = owners[i];
    const problem = (owner && !owner.ok && owner) || relations[i];
    if (problem) row.problem = lookedUpProblem(row, onColumns(problem, run.plan), run);
    else if (owner?.ok && row.clean) row.clean.owner_id = owner.id;
  });
  await withOwnerProblems(tx, run, rows);
  for (const row of rows) if (row.problem) outcome.rejected.push({ ...row, ...row.problem });
  const updatable =
    run.matching && run.mode === 'update' ? await visibleOwners(tx, run.actor, 'companies', 'update') : 'all';
  await writeRounds(
    rows.filter((r) => !r.problem),
    (round) => writeRound(tx, run, round, updatable, outcome),
  );
  return outcome;
}

async function writeRound(
  tx: Tx,
  run: RunContext,
  rows: PreparedCompany[],
  updatable: 'all' | ReadonlySet<string>,
  outcome: Outcome,
): Promise<PreparedCompany[]> {
  const matches = new Map([
    ...(await matchByOwnKeys(tx, run, 'companies', rows)),
    ...(await matchByDomain(tx, rows)),
  ]);
  matchedKeys(rows, matches);
  const existing =
    run.mode === 'update'
      ? await companiesById(tx, run.workspaceId, [...new Set(matches.values())])
      : new Map();
  const round = classify(
    rows,
    run,
    matches,
    existing,
    {
      create: (row) => (row.clean ? newCompany(run, row.clean, row.draft?.createdAt) : undefined),
      update: (row, current) => updatedCompany(run, row, current, updatable),
    },
    outcome,
  );
  await rejectUniqueClashes(tx, run, round, outcome, 'company');
  await insertCompanies(
    tx,
    run.workspaceId,
    round.inserts.map((i) => i.record),
  );
  const updated = await updateCompanies(
    tx,
    run.workspaceId,
    round.updates.map((u) => u.record),
  );
  // A row whose fields change nothing may still bring its parent (its only change) or a note.
  const landed = [...settleRound(round, updated, outcome), ...round.unchanged];
  // The parent is placed when the import ends (imports.parents.ts).
  for (const { row, record } of landed) {
    const { parent, parentName } = row.draft ?? {};
    if (parent || parentName)
      outcome.parents.push({
        companyId: record.id,
        row: row.row,
        parent: parent ?? parentName ?? '',
        parentName: parent ? parentName : undefined,
      });
  }
  await addPlainNotes(
    tx,
    run.workspaceId,
    run.actor.userId,
    landed.map(({ row, record }) => ({ text: row.draft?.note ?? '', personId: null, companyId: record.id })),
  );
  return round.later;
}

/** Domain (any a row gives) → the oldest live company that has it (as primary or another domain). */
async function matchByDomain(tx: Tx, rows: PreparedCompany[]): Promise<Map<string, string>> {
  const keys = [...new Set(rows.flatMap((r) => r.keys ?? (r.key ? [r.key] : [])))].filter(
    (k) => !isOwnKey(k),
  );
  if (keys.length === 0) return new Map();
  return companiesByDomain(tx, keys);
}

async function companiesById(
  tx: Tx,
  workspaceId: string,
  ids: string[],
): Promise<Map<string, CompanyRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('companies')
    .select([
      'id',
      'version',
      'owner_id',
      'name',
      'domains',
      'industry',
      'employees',
      'annual_revenue',
      'phone',
    ])
    .select(['website', 'addresses', 'tags', 'custom_fields'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    // Locked until the batch commits, as imports.people.ts locks the people it matched: a row on
    // another writer that found the same company by another domain waits here for this batch's
    // commit and then reads the company as it left it (READ COMMITTED re-reads a row it waited for),
    // so its update applies over this one instead of failing the version check. The UPDATE's own
    // lock (NO KEY UPDATE), so people rows pointing at the company (KEY SHARE) never wait for it; in
    // id order, so two writers lock the companies of one statement in the same order.
    .orderBy('id')
    .forNoKeyUpdate()
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        ...r,
        annual_revenue: r.annual_revenue === null ? null : Number(r.annual_revenue),
        addresses: r.addresses as AddressEntry[],
      },
    ]),
  );
}

function newCompany(run: RunContext, clean: CleanCompany, createdAt: string | undefined): CompanyRecord {
  return {
    created_at: createdAt,
    id: uuidv7(),
    version: 1,
    owner_id: clean.owner_id === undefined ? run.actor.userId : clean.owner_id,
    name: clean.name ?? '',
    domains: clean.domains ?? [],
    industry: clean.industry ?? null,
    employees: clean.employees ?? null,
    annual_revenue: clean.annual_revenue ?? null,
    phone: clean.phone ?? null,
    website: clean.website ?? null,
    addresses: clean.addresses ?? [],
    tags: clean.tags ?? [],
    custom_fields: clean.custom_fields ?? {},
  };
}

function updatedCompany(
  run: RunContext,
  row: PreparedCompany,
  current: CompanyRecord,
  updatable: 'all' | ReadonlySet<string>,
): { record?: CompanyRecord } | { problem: RowProblem } {
  if (!row.draft || !row.clean) return { problem: row.cleanProblem ?? rowProblem('Nothing to import.') };
  if (updatable !== 'all' && !(current.owner_id && updatable.has(current.owner_id)))
    return { problem: rowProblem('Your role may not change the company that has this domain.') };
  const context = importCleanContext(run);
  // As for people (imports.people.ts): the merge below takes the domains and address that cleaned,
  // so a row that could not be created updates only if its own values, over the record, are good.
  if (row.cleanProblem) {
    const own = cleanCompany(row.draft.input, current as unknown as CompanyRow, context);
    if (own.errors.length > 0) return { problem: inputProblem(own.errors, row.draft.columns) };
  }
  const {
    domain: _domain,
    domains: _domains,
    addresses: _addresses,
    tags: _tags,
    ...given
  } = row.draft.input;
  const addresses = mergeAddresses(current.addresses, row.clean.addresses);
  const input: CompanyInput = {
    ...given,
    domains: [...new Set([...current.domains, ...(row.clean.domains ?? [])])],
    ...(addresses ? { addresses } : {}),
    ...(row.draft.input.tags ? { tags: mergeTags(current.tags, row.draft.input.tags) } : {}),
  };
  const { values, errors } = cleanCompany(input, current as unknown as CompanyRow, context);
  if (errors.length > 0) return { problem: inputProblem(errors, row.draft.columns) };
  const record: CompanyRecord = { ...current, ...(cleanColumns(values) as Partial<CompanyRecord>) };
  if (row.clean.owner_id !== undefined) record.owner_id = row.clean.owner_id;
  const idChanged = changedIdProblem(
    run.matchOn,
    current.custom_fields,
    record.custom_fields,
    run.plan,
    'company',
  );
  if (idChanged) return { problem: idChanged };
  const changed = (Object.keys(current) as (keyof CompanyRecord)[]).some(
    (k) => !sameJson(record[k], current[k]),
  );
  return changed ? { record } : {};
}

const RECORDSET = sql`r(id uuid, version int, owner_id uuid, name text, domains text[], industry text, employees int,
  annual_revenue numeric, phone text, website text, addresses jsonb, tags text[], custom_fields jsonb,
  created_at timestamptz)`;

async function insertCompanies(tx: Tx, workspaceId: string, records: CompanyRecord[]): Promise<void> {
  if (records.length === 0) return;
  await sql`
    INSERT INTO companies (workspace_id, id, owner_id, name, domains, industry, employees, annual_revenue, phone,
                           website, addresses, tags, custom_fields, source, created_at)
    SELECT ${workspaceId}, r.id, r.owner_id, r.name, r.domains, r.industry, r.employees, r.annual_revenue, r.phone,
           r.website, r.addresses, r.tags, r.custom_fields, 'import', coalesce(r.created_at, now())
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS ${RECORDSET}`.execute(tx);
}

async function updateCompanies(tx: Tx, workspaceId: string, records: CompanyRecord[]): Promise<Set<string>> {
  if (records.length === 0) return new Set();
  const result = await sql<{ id: string }>`
    UPDATE companies c SET owner_id = r.owner_id, name = r.name, domains = r.domains, industry = r.industry,
      employees = r.employees, annual_revenue = r.annual_revenue, phone = r.phone, website = r.website,
      addresses = r.addresses, tags = r.tags, custom_fields = r.custom_fields, updated_at = now(), version = c.version + 1
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS ${RECORDSET}
    WHERE c.workspace_id = ${workspaceId} AND c.id = r.id AND c.version = r.version AND c.deleted_at IS NULL
    RETURNING c.id`.execute(tx);
  return new Set(result.rows.map((r) => r.id));
}
