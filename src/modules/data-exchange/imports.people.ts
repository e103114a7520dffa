import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../platform/db/transaction.ts';
import { visibleOwners } from '../access/index.ts';
import { type CleanPerson, cleanPerson, PersonInput } from '../people/index.ts';
import { addPlainNotes } from '../timeline/index.ts';
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
import { mergePersonInput, type PersonRecord } from './imports.merge.ts';
import {
  companyClaims,
  createPlannedCompanies,
  type PlannedCompany,
  resolveCompanies,
  resolveOwners,
  withOwnerProblems,
} from './imports.references.ts';
import { resolveRelations } from './imports.relations.ts';
import { matchByOwnKeys, rejectUniqueClashes } from './imports.unique.ts';
import { changedIdProblem, isOwnKey, recordKey, uniqueClaims, withIdKey } from './match-on.rules.ts';
import { inputProblem, onColumns, type RowProblem, rowProblem } from './row-problems.rules.ts';
import { type Draft, personDraft } from './rows.rules.ts';
import { vcardDraft } from './vcard.rules.ts';

/**
 * People rows of one batch: cleaned in JS with the people rules (the same as the API's), then written
 * set-based: one look-up of every e-mail, one INSERT for the new people, one UPDATE for the matched
 * ones. The audit triggers are per statement, so the trail costs one INSERT … SELECT per statement.
 */
export interface PreparedPerson extends PreparedRow {
  draft?: Draft<PersonInput>;
  clean?: CleanPerson;
}

function personErrors(input: PersonInput, context: Parameters<typeof cleanPerson>[2]) {
  const parsed = PersonInput.safeParse(input);
  return parsed.success ? cleanPerson(parsed.data, undefined, context).errors : zodErrors(parsed.error);
}

/** Pure: runs while the previous batch is being written. */
export function preparePeople(rows: BatchRow[], run: RunContext): PreparedPerson[] {
  const context = importCleanContext(run);
  return rows.map((row) => {
    const drafted = draftRow(
      row,
      run,
      () => (run.format === 'vcf' ? vcardDraft(row.cells[0] ?? '') : personDraft(row.cells, run.plan, run)),
      PersonInput,
      (input) => personErrors(input, context),
    );
    if ('done' in drafted) return drafted.done;
    const { draft } = drafted;
    const { values, errors } = cleanPerson(draft.input, undefined, context);
    // Every address the row gives may find the person, after its record id and the ID it gives (a
    // unique field): the first is its key unless another matches.
    const emails = run.matching ? (values.emails ?? []).map((e) => e.address) : [];
    const keys = run.matching ? withIdKey(run.matchOn, values.custom_fields, emails, draft.recordId) : {};
    const cleanProblem = errors.length > 0 ? inputProblem(errors, draft.columns) : undefined;
    return { ...row, draft, clean: values, ...keys, ...(cleanProblem ? { cleanProblem } : {}) };
  });
}

/**
 * What a row may look up or create that another row could too: every e-mail (a later row's key may
 * be any of them) when matching, the company it names, and its values of unique fields.
 */
export function personClaims(row: PreparedPerson, run: RunContext): string[] {
  const emails = run.matching ? (row.clean?.emails ?? []).map((e) => `email:${e.address}`) : [];
  return [
    ...emails,
    ...companyClaims(row.draft?.company).map((claim) => `company:${claim}`),
    ...uniqueClaims(run.definitions, row.clean?.custom_fields),
    ...(run.matching && row.draft?.recordId ? [recordKey(row.draft.recordId)] : []),
  ];
}

export async function writePeople(tx: Tx, run: RunContext, rows: PreparedPerson[]): Promise<Outcome> {
  const outcome = emptyOutcome();
  const live = rows.filter((r) => !r.problem);
  // Look-ups only: a company no row found is created by writeRound for the rows it writes, once they
  // are known, so a row rejected for whatever reason, here or there, leaves no company behind.
  const companies = await resolveCompanies(
    tx,
    run.workspaceId,
    live.map((r) => r.draft?.company),
  );
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
    const company = companies.resolved[i];
    const owner = owners[i];
    const problem = (company && !company.ok && company) || (owner && !owner.ok && owner) || relations[i];
    if (problem) row.problem = lookedUpProblem(row, onColumns(problem, run.plan), run);
    else if (row.clean) {
      if (company?.ok) row.clean.company_id = company.id;
      if (owner?.ok) row.clean.owner_id = owner.id;
    }
  });
  await withOwnerProblems(tx, run, rows);
  for (const row of rows) if (row.problem) outcome.rejected.push({ ...row, ...row.problem });
  const updatable =
    run.matching && run.mode === 'update' ? await visibleOwners(tx, run.actor, 'people', 'update') : 'all';
  await writeRounds(
    rows.filter((r) => !r.problem),
    (round) => writeRound(tx, run, round, { updatable, companies: companies.planned }, outcome),
  );
  return outcome;
}

const PERSON_COLUMNS = [
  'id',
  'version',
  'owner_id',
  'first_name',
  'last_name',
  'emails',
  'phones',
  'addresses',
  'job_title',
  'company_id',
  'lifecycle_stage',
  'tags',
  'custom_fields',
] as const;

async function writeRound(
  tx: Tx,
  run: RunContext,
  rows: PreparedPerson[],
  given: { updatable: 'all' | ReadonlySet<string>; companies: Map<string, PlannedCompany> },
  outcome: Outcome,
): Promise<PreparedPerson[]> {
  const matches = new Map([
    ...(await matchByOwnKeys(tx, run, 'people', rows)),
    ...(await matchByEmail(tx, rows)),
  ]);
  matchedKeys(rows, matches);
  const ids = [...new Set(matches.values())];
  const existing = new Map<string, PersonRecord>();
  if (ids.length > 0 && run.mode === 'update') {
    // Locked until the batch commits, so the UPDATE below applies to every record it was given: the
    // companies created for them are then never left without the person who named them.
    const found = await tx
      .selectFrom('people')
      .select(PERSON_COLUMNS)
      .where('workspace_id', '=', run.workspaceId)
      .where('id', 'in', ids)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .forUpdate()
      .execute();
    for (const person of found) existing.set(person.id, person);
  }
  const round = classify(
    rows,
    run,
    matches,
    existing,
    {
      create: (row) => (row.clean ? newRecord(run, row.clean, row.draft?.createdAt) : undefined),
      update: (row, current) => updatedRecord(run, row, current, given.updatable),
    },
    outcome,
  );
  await rejectUniqueClashes(tx, run, round, outcome, 'person');
  const inserts = round.inserts.map((i) => i.record);
  const updates = round.updates.map((u) => u.record);
  outcome.companiesCreated += await createPlannedCompanies(
    tx,
    run.workspaceId,
    run.actor.userId,
    given.companies,
    [...inserts, ...updates].map((r) => r.company_id),
  );
  await insertPeople(tx, run.workspaceId, inserts);
  const written = settleRound(round, await updatePeople(tx, run.workspaceId, updates), outcome);
  await linkEmployments(
    tx,
    run.workspaceId,
    written.map((w) => w.record),
  );
  // A row whose fields change nothing may still bring a note.
  await addPlainNotes(
    tx,
    run.workspaceId,
    run.actor.userId,
    [...written, ...round.unchanged].map(({ row, record }) => ({
      text: row.draft?.note ?? '',
      personId: record.id,
      companyId: record.company_id,
    })),
  );
  return round.later;
}

/** E-mail (any a row gives) → the oldest live person who has it (as primary or any other address). */
async function matchByEmail(tx: Tx, rows: PreparedPerson[]): Promise<Map<string, string>> {
  const keys = [...new Set(rows.flatMap((r) => r.keys ?? (r.key ? [r.key] : [])))].filter(
    (k) => !isOwnKey(k),
  );
  if (keys.length === 0) return new Map();
  const found = await sql<{ email: string; id: string }>`
    SELECT email, min(id::text) AS id FROM rapport_people_by_emails(${keys}::text[]) GROUP BY email`.execute(
    tx,
  );
  return new Map(found.rows.map((r) => [r.email, r.id]));
}

function newRecord(run: RunContext, clean: CleanPerson, createdAt: string | undefined): PersonRecord {
  return {
    created_at: createdAt,
    id: uuidv7(),
    version: 1,
    owner_id: clean.owner_id === undefined ? run.actor.userId : clean.owner_id,
    first_name: clean.first_name ?? null,
    last_name: clean.last_name ?? null,
    emails: clean.emails ?? [],
    phones: clean.phones ?? [],
    addresses: clean.addresses ?? [],
    job_title: clean.job_title ?? null,
    company_id: clean.company_id ?? null,
    lifecycle_stage: clean.lifecycle_stage ?? 'lead',
    tags: clean.tags ?? [],
    custom_fields: clean.custom_fields ?? {},
  };
}

/** The record as the row would leave it; undefined when nothing changes; a reason when it cannot. */
function updatedRecord(
  run: RunContext,
  row: PreparedPerson,
  current: PersonRecord,
  updatable: 'all' | ReadonlySet<string>,
): { record?: PersonRecord } | { problem: RowProblem } {
  if (!row.draft || !row.clean) return { problem: row.cleanProblem ?? rowProblem('Nothing to import.') };
  if (updatable !== 'all' && !(current.owner_id && updatable.has(current.owner_id)))
    return { problem: rowProblem('Your role may not change the person who has this e-mail.') };
  const context = importCleanContext(run);
  // The merge takes the e-mails and phones that cleaned, so a bad one would be dropped and the rest
  // of the row written. A row that could not be created updates only when the record supplies what
  // it lacked (a name, a required field): its own values, over the record, must all be good.
  if (row.cleanProblem) {
    const own = cleanPerson(row.draft.input, current, context);
    if (own.errors.length > 0) return { problem: inputProblem(own.errors, row.draft.columns) };
  }
  const input = mergePersonInput(row.draft.input, row.clean, current);
  const { values, errors } = cleanPerson(input, current, context);
  if (errors.length > 0) return { problem: inputProblem(errors, row.draft.columns) };
  const record: PersonRecord = { ...current };
  for (const [column, value] of Object.entries(values))
    if (value !== undefined) Object.assign(record, { [column]: value });
  if (row.clean.company_id !== undefined) record.company_id = row.clean.company_id;
  if (row.clean.owner_id !== undefined) record.owner_id = row.clean.owner_id;
  const idChanged = changedIdProblem(
    run.matchOn,
    current.custom_fields,
    record.custom_fields,
    run.plan,
    'person',
  );
  if (idChanged) return { problem: idChanged };
  const changed = PERSON_COLUMNS.some((column) => !sameJson(record[column], current[column]));
  return changed ? { record } : {};
}

const RECORDSET = sql`r(id uuid, version int, owner_id uuid, first_name text, last_name text, emails jsonb,
  phones jsonb, addresses jsonb, job_title text, company_id uuid, lifecycle_stage text, tags text[], custom_fields jsonb,
  created_at timestamptz)`;

async function insertPeople(tx: Tx, workspaceId: string, records: PersonRecord[]): Promise<void> {
  if (records.length === 0) return;
  await sql`
    INSERT INTO people (workspace_id, id, owner_id, first_name, last_name, emails, phones, addresses, job_title,
                        company_id, lifecycle_stage, tags, custom_fields, source, created_at)
    SELECT ${workspaceId}, r.id, r.owner_id, r.first_name, r.last_name, r.emails, r.phones, r.addresses, r.job_title,
           r.company_id, r.lifecycle_stage, r.tags, r.custom_fields, 'import', coalesce(r.created_at, now())
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS ${RECORDSET}`.execute(tx);
}

/** One UPDATE for the batch; a person changed since it was read (another version) is left alone. */
async function updatePeople(tx: Tx, workspaceId: string, records: PersonRecord[]): Promise<Set<string>> {
  if (records.length === 0) return new Set();
  const result = await sql<{ id: string }>`
    UPDATE people p SET owner_id = r.owner_id, first_name = r.first_name, last_name = r.last_name,
      emails = r.emails, phones = r.phones, addresses = r.addresses, job_title = r.job_title,
      company_id = r.company_id, tags = r.tags, custom_fields = r.custom_fields, lifecycle_stage = r.lifecycle_stage,
      lifecycle_changed_at = CASE WHEN r.lifecycle_stage IS DISTINCT FROM p.lifecycle_stage THEN now() ELSE p.lifecycle_changed_at END,
      updated_at = now(), version = p.version + 1
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS ${RECORDSET}
    WHERE p.workspace_id = ${workspaceId} AND p.id = r.id AND p.version = r.version AND p.deleted_at IS NULL
    RETURNING p.id`.execute(tx);
  return new Set(result.rows.map((r) => r.id));
}

/** A person's primary company is also one of their employments (as createPerson keeps it). */
async function linkEmployments(tx: Tx, workspaceId: string, records: PersonRecord[]): Promise<void> {
  const links = records.flatMap((r) =>
    r.company_id ? [{ person_id: r.id, company_id: r.company_id, role: r.job_title }] : [],
  );
  if (links.length === 0) return;
  await sql`
    INSERT INTO employments (workspace_id, person_id, company_id, role)
    SELECT ${workspaceId}, r.person_id, r.company_id, r.role
    FROM jsonb_to_recordset(${JSON.stringify(links)}::jsonb) AS r(person_id uuid, company_id uuid, role text)
    WHERE NOT EXISTS (SELECT 1 FROM employments e WHERE e.workspace_id = ${workspaceId}
                      AND e.person_id = r.person_id AND e.company_id = r.company_id)`.execute(tx);
}
