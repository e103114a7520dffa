import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect.ts';
import { inWorkspace } from '../../platform/db/transaction.ts';
import { createApiToken } from '../api-tokens/index.ts';
import { createCustomField } from '../custom-fields/index.ts';
import { queueDuplicateScan } from '../duplicates/index.ts';
import { createWorkspace } from '../workspaces/index.ts';
import { CompanyIndex, companyBatches } from './demo.companies.rules.ts';
import { DEMO_FIELDS } from './demo.fields.rules.ts';
import { personStory } from './demo.people.rules.ts';
import { Batch, iso, type TableName } from './demo.rows.ts';
import { type Colleague, DemoWorld, slug } from './demo.world.ts';
import { type WriteContext, writeBatch } from './demo.writer.ts';

export interface DemoOptions {
  people: number;
  seed: string;
  /** The demo's present; histories end before it. Defaults to the start of the current hour. */
  now?: Date | undefined;
  /** Batches written at once; a server takes two (one per core here), the embedded database one. */
  concurrency?: number | undefined;
  peoplePerBatch?: number | undefined;
  onProgress?:
    | ((progress: { phase: 'companies' | 'people'; done: number; total: number }) => void)
    | undefined;
}

export interface DemoResult {
  workspaceId: string;
  userId: string;
  email: string;
  password: string;
  apiToken: string;
  rows: Partial<Record<TableName, number>>;
}

/**
 * `rapport demo`: a workspace with its admin (a generated password), colleagues in every role and
 * teams, then the customers: companies, people and their histories, generated in batches from the
 * seed and written as they come, so memory stays flat whatever the size.
 */
export async function createDemo(db: Db, options: DemoOptions): Promise<DemoResult> {
  const now = options.now ?? new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
  const world = new DemoWorld({ seed: options.seed, people: options.people, now: now.getTime() });
  const [admin, ...colleagues] = world.staffPlan;
  if (!admin) throw new Error('no staff planned');
  // The staff's domain is the workspace's own, unique per run: accounts are shared across workspaces.
  const domain = `${slug(world.brand)}-${randomBytes(4).toString('hex')}.example`;
  const email = `${admin.emailLocal}@${domain}`;
  const password = randomBytes(15).toString('base64url');
  const { workspaceId, userId } = await createWorkspace(db, {
    name: world.workspaceName(),
    admin: { email, name: admin.name, password },
    via: 'cli',
  });
  const { token } = await inWorkspace(
    db,
    { workspaceId, actor: { type: 'user', id: userId }, via: 'cli' },
    (tx) => createApiToken(tx, { workspaceId, userId, name: 'Demo (rapport demo)', expiresAt: null }),
  );
  const context: WriteContext = { db, workspaceId };
  world.colleagues = await addStaff(context, world, { ...admin, id: userId }, colleagues, domain);
  // Defined before the records, as an admin would; in a large workspace each queues the build of its
  // sort index, which the server's job runner does once it starts.
  await inWorkspace(db, { workspaceId, actor: { type: 'user', id: userId }, via: 'cli' }, async (tx) => {
    for (const field of DEMO_FIELDS)
      await createCustomField(tx, workspaceId, { ...field, choices: [...field.choices] });
  });
  const rows: Partial<Record<TableName, number>> = {};
  const count = (batch: Batch) => {
    for (const [table, list] of batch.tables) rows[table] = (rows[table] ?? 0) + list.length;
  };
  const catalogue = world.catalogue();
  await writeBatch(context, catalogue);
  count(catalogue);

  const concurrency = options.concurrency ?? (db.kind === 'postgres' ? 2 : 1);
  const companies = new CompanyIndex();
  let done = 0;
  await pump(concurrency, companyBatches(world, companies), async (batch) => {
    await writeBatch(context, batch);
    count(batch);
    done += batch.rows('companies').length;
    options.onProgress?.({ phase: 'companies', done, total: world.companyCount });
  });
  const size = options.peoplePerBatch ?? (db.kind === 'postgres' ? 2000 : 1000);
  done = 0;
  await pump(concurrency, peopleBatches(world, companies, size), async (batch) => {
    await writeBatch(context, batch);
    count(batch);
    done += batch.people;
    options.onProgress?.({ phase: 'people', done, total: options.people });
  });
  await finish(context, world);
  // Its twins are waiting on the Duplicates page once the server's job runner has scanned.
  await inWorkspace(db, { workspaceId, actor: { type: 'user', id: userId }, via: 'cli' }, async (tx) => {
    await queueDuplicateScan(tx, workspaceId, 'people');
    await queueDuplicateScan(tx, workspaceId, 'companies');
  });
  return { workspaceId, userId, email, password, apiToken: token, rows };
}

async function* peopleBatches(
  world: DemoWorld,
  companies: CompanyIndex,
  size: number,
): AsyncGenerator<Batch> {
  for (let start = 0; start < world.plan.people; start += size) {
    const batch = new Batch();
    const end = Math.min(world.plan.people, start + size);
    for (let i = start; i < end; i++) {
      personStory(world, batch, companies, i);
      // Let the sockets drain what earlier batches sent while this one is generated.
      if (i % 250 === 249) await new Promise((resolve) => setImmediate(resolve));
    }
    yield batch;
  }
}

/** Runs `write` over the batches with at most `concurrency` at once; the first failure stops it. */
async function pump(
  concurrency: number,
  batches: Iterable<Batch> | AsyncIterable<Batch>,
  write: (batch: Batch) => Promise<void>,
): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: unknown;
  for await (const batch of batches) {
    if (failure) break;
    const job: Promise<void> = write(batch)
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => running.delete(job));
    running.add(job);
    if (running.size >= concurrency) await Promise.race(running);
  }
  await Promise.all(running);
  if (failure) throw failure;
}

/**
 * Colleagues (accounts without a password: they would be invited), their roles and teams; and the
 * admin's team, whose customers they look after too.
 */
async function addStaff(
  context: WriteContext,
  world: DemoWorld,
  admin: Colleague,
  staff: DemoWorld['staffPlan'],
  domain: string,
) {
  const created = iso(world.now - 6 * 365 * 86_400_000);
  return inWorkspace(
    context.db,
    { workspaceId: context.workspaceId, actor: { type: 'system', id: null }, via: 'system' },
    async (tx) => {
      const teams = world.teamRows();
      for (const team of teams)
        await tx
          .insertInto('teams')
          .values({ workspace_id: context.workspaceId, ...team, created_at: created })
          .execute();
      const join = async (member: Colleague) => {
        const team = member.team === null ? undefined : teams[member.team];
        if (team)
          await tx
            .insertInto('team_members')
            .values({ workspace_id: context.workspaceId, team_id: team.id, user_id: member.id })
            .execute();
      };
      await join(admin);
      const colleagues = [admin];
      for (const member of staff) {
        const found = await sql<{ user_id: string }>`
          SELECT user_id FROM rapport_find_or_create_user(${`${member.emailLocal}@${domain}`}, ${member.name})`.execute(
          tx,
        );
        const id = found.rows[0]?.user_id;
        if (!id) throw new Error('could not create a colleague');
        await tx
          .insertInto('memberships')
          .values({ workspace_id: context.workspaceId, user_id: id, role: member.role })
          .execute();
        await join({ ...member, id });
        colleagues.push({ ...member, id });
      }
      return colleagues;
    },
  );
}

/** Ticket numbers go on after the demo's; fresh statistics for the planner (PGlite has no autovacuum). */
async function finish(context: WriteContext, world: DemoWorld): Promise<void> {
  await inWorkspace(
    context.db,
    { workspaceId: context.workspaceId, actor: { type: 'system', id: null }, via: 'system' },
    (tx) =>
      sql`INSERT INTO workspace_counters (workspace_id, name, value) VALUES (${context.workspaceId}, 'ticket', ${world.ticketCount})
          ON CONFLICT (workspace_id, name) DO UPDATE SET value = greatest(workspace_counters.value, excluded.value)`.execute(
        tx,
      ),
  );
  await sql`ANALYZE companies, people, employments, deals, deal_people, orders, order_lines, tickets, activities,
            activity_people, record_changes`.execute(context.db.kysely);
}
