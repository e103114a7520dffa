import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { companyLastContact } from '../overview/last-contact.ts';
import { contactSql, deriveTimeline, refreshLastContact } from '../timeline/index.ts';
import {
  CALL_SUBJECTS,
  INBOUND_EMAILS,
  MEETING_SUBJECTS,
  NOTES,
  OUTBOUND_EMAILS,
  TOPICS,
} from './demo.catalog.ts';
import { COLUMNS } from './demo.columns.ts';
import { TABLE_ORDER } from './demo.rows.ts';
import { createDemo, type DemoResult } from './demo.service.ts';

const PEOPLE = 300;
// One present for every run here, so that two runs of a seed only differ where the database decides.
const NOW = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);

let server: TestServer;
let first: DemoResult;
beforeAll(async () => {
  server = await startTestServer();
  first = await createDemo(server.db, { people: PEOPLE, seed: 'alpha', now: NOW });
});
afterAll(() => server.stop());

/** One row per line of every table the demo writes, in id order, as JSON. */
async function dump(workspaceId: string): Promise<Map<string, string[]>> {
  // Staff ids are the database's: name them by their e-mail's local part (the domain is per run).
  const staff = await sql<{ user_id: string; local: string }>`
    SELECT m.user_id, split_part(u.email, '@', 1) AS local
    FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = ${workspaceId}`.execute(
    server.db.kysely,
  );
  const tables = new Map<string, string[]>();
  for (const table of TABLE_ORDER) {
    const columns = COLUMNS[table].map(([name]) => name);
    const order = columns.includes('id') ? 'id' : columns.slice(0, 2).join(', ');
    const rows = await sql<{ row: string }>`
      SELECT json_build_array(${sql.raw(columns.join(', '))})::text AS row
      FROM ${sql.table(table)} WHERE workspace_id = ${workspaceId} ORDER BY ${sql.raw(order)}`.execute(
      server.db.kysely,
    );
    tables.set(
      table,
      rows.rows.map((r) => {
        let line = r.row;
        for (const s of staff.rows) line = line.replaceAll(s.user_id, `user:${s.local}`);
        // A ticket's entry is keyed by its change in the audit trail, whose ids the database assigns.
        return line.replace(/("ticket:[0-9a-f-]{36}:)\d+"/g, '$1change"');
      }),
    );
  }
  return tables;
}

const digest = (tables: Map<string, string[]>) =>
  createHash('sha256')
    .update([...tables].map(([table, rows]) => `${table}\n${rows.join('\n')}`).join('\n'))
    .digest('hex');

async function count(query: ReturnType<typeof sql<{ n: string }>>): Promise<number> {
  const result = await query.execute(server.db.kysely);
  return Number(result.rows[0]?.n ?? Number.NaN);
}

describe('rapport demo', () => {
  it('gives the same data for the same seed, and other data for another seed', async () => {
    const again = await createDemo(server.db, { people: PEOPLE, seed: 'alpha', now: NOW });
    const other = await createDemo(server.db, { people: PEOPLE, seed: 'beta', now: NOW });
    const [a, b, c] = await Promise.all([first, again, other].map((r) => dump(r.workspaceId)));
    if (!a || !b || !c) throw new Error('no dump');
    for (const table of TABLE_ORDER) expect(b.get(table), table).toEqual(a.get(table));
    expect(digest(b)).toBe(digest(a));
    expect(digest(c)).not.toBe(digest(a));
    expect(c.get('people')?.[0]).not.toBe(a.get('people')?.[0]);
    expect(again.rows).toEqual(first.rows);
  });

  it('writes as many people as asked, a fifth as many companies, and histories for them', () => {
    expect(first.rows.people).toBe(PEOPLE);
    expect(first.rows.companies).toBe(PEOPLE / 5);
    for (const table of TABLE_ORDER) expect(first.rows[table], table).toBeGreaterThan(0);
    expect(first.rows.activities ?? 0).toBeGreaterThan(PEOPLE * 3);
  });

  it('keeps orders, deals, tickets and tasks consistent with products, pipelines and each other', async () => {
    const ws = first.workspaceId;
    // Order lines name existing products, at their SKU and cost; totals are the sum of the lines.
    expect(
      await count(sql`SELECT count(*) AS n FROM order_lines l
        LEFT JOIN products p ON p.workspace_id = l.workspace_id AND p.id = l.product_id
        WHERE l.workspace_id = ${ws}
          AND (p.id IS NULL OR l.sku <> p.sku OR l.unit_cost <> p.unit_cost OR l.unit_price > p.unit_price)`),
    ).toBe(0);
    expect(
      await count(sql`SELECT count(*) AS n FROM orders o
        WHERE o.workspace_id = ${ws} AND o.total <> (SELECT coalesce(sum(quantity * unit_price), -1)
          FROM order_lines l WHERE l.workspace_id = o.workspace_id AND l.order_id = o.id)`),
    ).toBe(0);
    // A deal's stage is one of its pipeline's, and its status is the stage's outcome.
    expect(
      await count(sql`SELECT count(*) AS n FROM deals d
        LEFT JOIN pipeline_stages s ON s.workspace_id = d.workspace_id AND s.id = d.stage_id
          AND s.pipeline_id = d.pipeline_id
        WHERE d.workspace_id = ${ws} AND (s.id IS NULL OR s.outcome <> d.status)`),
    ).toBe(0);
    // Two deals of one company never share a name: one could not tell them apart in its list.
    expect(
      await count(sql`SELECT count(*) AS n FROM (SELECT 1 FROM deals WHERE workspace_id = ${ws}
        GROUP BY coalesce(company_id, id), name HAVING count(*) > 1) repeated`),
    ).toBe(0);
    // Someone who writes to support several times asks about something else each time.
    expect(
      await count(sql`SELECT count(*) AS n FROM (SELECT 1 FROM tickets WHERE workspace_id = ${ws}
        GROUP BY requester_id, subject HAVING count(*) > 1) repeated`),
    ).toBe(0);
    // Every opportunity has its owner's follow-up, open and due around the present.
    expect(
      await count(sql`SELECT count(*) AS n FROM people p
        WHERE p.workspace_id = ${ws} AND p.lifecycle_stage = 'opportunity' AND NOT EXISTS (
          SELECT 1 FROM tasks t WHERE t.workspace_id = p.workspace_id AND t.person_id = p.id
            AND t.status = 'open' AND t.type = 'follow_up' AND t.assignee_id = p.owner_id
            AND t.due_at BETWEEN ${NOW.toISOString()}::timestamptz - interval '8 days'
                             AND ${NOW.toISOString()}::timestamptz + interval '15 days')`),
    ).toBe(0);
    // A deal still open is being worked: it has a contact with its customer since it was opened.
    expect(
      await count(sql`SELECT count(*) AS n FROM deals d
        WHERE d.workspace_id = ${ws} AND d.status = 'open' AND NOT EXISTS (
          SELECT 1 FROM activities a WHERE a.workspace_id = d.workspace_id AND a.deal_id = d.id
            AND a.occurred_at >= d.created_at AND ${contactSql('a')})`),
    ).toBe(0);
  });

  it('makes people and companies as a CRM holds them: where they came from, how big they are', async () => {
    const ws = first.workspaceId;
    // People came from forms, reps, imports, chats, mails and partners; who came through a channel
    // Rapport records has that first touch in their history, at the moment they were first met, by them.
    const sources = await sql<{ source: string; n: number; touched: number }>`
      SELECT p.source, count(*)::int AS n, count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM activity_people ap JOIN activities a ON a.workspace_id = ap.workspace_id AND a.id = ap.activity_id
        WHERE ap.workspace_id = p.workspace_id AND ap.person_id = p.id AND a.occurred_at = p.created_at
          AND a.actor_person_id = p.id AND a.type = CASE p.source WHEN 'mail' THEN 'email' ELSE p.source END))::int AS touched
      FROM people p WHERE p.workspace_id = ${ws} GROUP BY p.source`.execute(server.db.kysely);
    const bySource = Object.fromEntries(sources.rows.map((r) => [r.source, r]));
    expect(Object.keys(bySource).sort()).toEqual(['chat', 'form', 'import', 'mail', 'manual', 'partner']);
    for (const source of ['form', 'chat', 'mail'])
      expect(bySource[source]?.touched, source).toBe(bySource[source]?.n);
    // A group's head office is bigger than each of its subsidiaries, which are bigger than most companies.
    const sizes = await sql<{ role: string; median: number }>`
      SELECT CASE WHEN EXISTS (SELECT 1 FROM companies s WHERE s.workspace_id = c.workspace_id AND s.parent_id = c.id)
               THEN 'head' WHEN c.parent_id IS NOT NULL THEN 'subsidiary' ELSE 'single' END AS role,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY c.employees) AS median
      FROM companies c WHERE c.workspace_id = ${ws} GROUP BY 1`.execute(server.db.kysely);
    const median = Object.fromEntries(sizes.rows.map((row) => [row.role, Number(row.median)]));
    expect(median.head).toBeGreaterThan(median.subsidiary ?? Number.POSITIVE_INFINITY);
    expect(median.subsidiary).toBeGreaterThan(median.single ?? Number.POSITIVE_INFINITY);
    expect(
      await count(sql`SELECT count(*) AS n FROM companies s JOIN companies h
        ON h.workspace_id = s.workspace_id AND h.id = s.parent_id
        WHERE s.workspace_id = ${ws} AND s.employees >= h.employees`),
    ).toBe(0);
    const companySources = await sql<{ source: string }>`SELECT DISTINCT source FROM companies
      WHERE workspace_id = ${ws} ORDER BY source`.execute(server.db.kysely);
    expect(companySources.rows.map((row) => row.source)).toEqual(['import', 'manual', 'partner']);
  });

  it('writes histories that fit the records they concern, as the server would have written them', async () => {
    const ws = first.workspaceId;
    // Every timeline entry belongs to an existing person's timeline, at the entry's time.
    expect(
      await count(sql`SELECT count(*) AS n FROM activities a
        WHERE a.workspace_id = ${ws} AND NOT EXISTS (
          SELECT 1 FROM activity_people ap JOIN people p ON p.workspace_id = ap.workspace_id AND p.id = ap.person_id
          WHERE ap.workspace_id = a.workspace_id AND ap.activity_id = a.id AND ap.occurred_at = a.occurred_at)`),
    ).toBe(0);
    expect(
      await count(sql`SELECT count(*) AS n FROM employments e
        LEFT JOIN companies c ON c.workspace_id = e.workspace_id AND c.id = e.company_id
        WHERE e.workspace_id = ${ws} AND (c.id IS NULL OR e.ended_on < e.started_on)`),
    ).toBe(0);
    // Everyone who received a newsletter had agreed to it before the first; none came after an unsubscribe.
    expect(
      await count(sql`SELECT count(*) AS n FROM activities a
        JOIN activity_people ap ON ap.workspace_id = a.workspace_id AND ap.activity_id = a.id
        WHERE a.workspace_id = ${ws} AND a.type = 'campaign' AND NOT EXISTS (
          SELECT 1 FROM consent_events c
          WHERE c.workspace_id = ap.workspace_id AND c.person_id = ap.person_id AND c.purpose = 'newsletter'
            AND c.status = 'granted' AND c.occurred_at <= a.occurred_at
            AND NOT EXISTS (SELECT 1 FROM consent_events w
              WHERE w.workspace_id = c.workspace_id AND w.person_id = c.person_id AND w.purpose = c.purpose
                AND w.status = 'withdrawn' AND w.occurred_at BETWEEN c.occurred_at AND a.occurred_at))`),
    ).toBe(0);
    // A consent given on a form names that form, which is in the person's history at that moment.
    const formConsents = sql<{ n: string }>`SELECT count(*) AS n FROM consent_events c
      WHERE c.workspace_id = ${ws} AND c.source = 'form'`;
    expect(await count(formConsents)).toBeGreaterThan(0);
    expect(
      await count(sql`${formConsents} AND NOT EXISTS (
        SELECT 1 FROM activity_people ap JOIN activities a ON a.workspace_id = ap.workspace_id AND a.id = ap.activity_id
        WHERE ap.workspace_id = c.workspace_id AND ap.person_id = c.person_id AND a.type = 'form'
          AND a.occurred_at = c.occurred_at AND c.evidence LIKE a.subject || ' form on the website:%')`),
    ).toBe(0);
    // Entries the timeline derives are credited as the server credits them: the customer ordered, asked
    // and consented; a member solved the ticket.
    const credited = await sql<{ by_customer: boolean; by: string; n: number }>`
      SELECT a.type = 'order' OR a.type = 'consent' OR a.subject LIKE 'Ticket #% opened:%' AS by_customer,
        CASE WHEN a.actor_person_id = ap.person_id THEN 'customer' ELSE a.actor_type END AS by, count(*)::int AS n
      FROM activities a JOIN activity_people ap ON ap.workspace_id = a.workspace_id AND ap.activity_id = a.id
      WHERE a.workspace_id = ${ws} AND a.type IN ('order', 'consent', 'ticket') GROUP BY 1, 2 ORDER BY 1, 2`.execute(
      server.db.kysely,
    );
    expect(credited.rows.map(({ by_customer, by }) => [by_customer, by])).toEqual([
      [false, 'user'],
      [true, 'customer'],
    ]);
    // A rep introduces themselves once, in the first e-mail sales sends someone, soon after meeting them.
    const introductions = await sql<{ n: number; late: number; not_first: number }>`
      SELECT count(*)::int AS n,
        count(*) FILTER (WHERE a.occurred_at > p.created_at + interval '60 days')::int AS late,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM activity_people ep JOIN activities e
            ON e.workspace_id = ep.workspace_id AND e.id = ep.activity_id
          WHERE ep.workspace_id = p.workspace_id AND ep.person_id = p.id AND e.type = 'email'
            AND e.direction = 'outbound' AND e.ticket_id IS NULL AND e.occurred_at < a.occurred_at))::int AS not_first
      FROM activities a
      JOIN activity_people ap ON ap.workspace_id = a.workspace_id AND ap.activity_id = a.id
      JOIN people p ON p.workspace_id = ap.workspace_id AND p.id = ap.person_id
      WHERE a.workspace_id = ${ws} AND a.subject LIKE 'Introduction:%'`.execute(server.db.kysely);
    expect(introductions.rows[0]).toMatchObject({ late: 0, not_first: 0 });
    // What a rep offers is the software, not a workshop or a roll of labels.
    expect(
      await count(sql`SELECT count(*) AS n FROM activities WHERE workspace_id = ${ws}
        AND subject LIKE 'Introduction:%' AND body NOT LIKE '%licence (annual)%'`),
    ).toBe(0);
    expect(introductions.rows[0]?.n).toBeGreaterThan(0);
    // Nobody is asked about their onboarding or their renewal before they have bought anything.
    const customerWords = [
      ...[...OUTBOUND_EMAILS.customer, ...INBOUND_EMAILS.customer].map((mail) => mail.subject),
      ...CALL_SUBJECTS.customer,
      ...MEETING_SUBJECTS.customer,
      ...NOTES.customer,
      ...TOPICS.customer.map((topic) => `%${topic}%`),
    ].map((words) => words.replace(/\{\w+\}/g, '%'));
    const spoken = sql<{ n: string }>`SELECT count(*) AS n FROM activities a
      JOIN activity_people ap ON ap.workspace_id = a.workspace_id AND ap.activity_id = a.id
      WHERE a.workspace_id = ${ws} AND a.type IN ('email', 'call', 'meeting', 'note') AND a.ticket_id IS NULL
        AND (a.subject LIKE ANY (${customerWords}::text[]) OR a.body LIKE ANY (${customerWords}::text[]))`;
    expect(await count(spoken)).toBeGreaterThan(0);
    expect(
      await count(sql`${spoken} AND NOT EXISTS (SELECT 1 FROM orders o
        WHERE o.workspace_id = ap.workspace_id AND o.person_id = ap.person_id AND o.ordered_at <= a.occurred_at)`),
    ).toBe(0);
    // A campaign goes out once, to all it reaches within a send's twenty minutes: nobody gets one twice.
    const sends = await sql<{
      subject: string;
      n: number;
      people: number;
      spread: number;
    }>`SELECT a.subject, count(*)::int AS n, count(DISTINCT ap.person_id)::int AS people,
            extract(epoch FROM max(a.occurred_at) - min(a.occurred_at))::int AS spread
          FROM activities a JOIN activity_people ap ON ap.workspace_id = a.workspace_id AND ap.activity_id = a.id
          WHERE a.workspace_id = ${ws} AND a.type = 'campaign' GROUP BY a.subject`.execute(server.db.kysely);
    expect(sends.rows.length).toBeGreaterThan(5);
    for (const send of sends.rows) {
      expect(send.people, send.subject).toBe(send.n);
      expect(send.spread, send.subject).toBeLessThanOrEqual(1_200);
    }
    expect(
      await count(sql`SELECT count(*) AS n FROM consent_events WHERE workspace_id = ${ws}`),
    ).toBeGreaterThan(PEOPLE / 4);
    // A person's last contact, and who is credited with it, is what the server works out from the history.
    const lastContacts = sql<{ id: string; at: Date | null; by: string | null }>`
      SELECT id, last_contacted_at AS at, last_contacted_by AS by FROM people WHERE workspace_id = ${ws} ORDER BY id`;
    const written = (await lastContacts.execute(server.db.kysely)).rows;
    await server.db.kysely.transaction().execute((tx) =>
      refreshLastContact(
        tx,
        ws,
        written.map((row) => row.id),
      ),
    );
    expect((await lastContacts.execute(server.db.kysely)).rows).toEqual(written);
    // Some customers wrote last, so nobody on the team is credited; others a member was in touch with.
    expect(written.filter((row) => row.at && !row.by).length).toBeGreaterThan(0);
    expect(written.filter((row) => row.at && row.by).length).toBeGreaterThan(PEOPLE / 4);
    // A company's last contact, kept by the database's triggers as the demo's rows went in, is what its
    // overview works out from the history.
    const companies = await sql<{ id: string; at: Date | null }>`
      SELECT id, last_contacted_at AS at FROM companies WHERE workspace_id = ${ws} ORDER BY id`.execute(
      server.db.kysely,
    );
    const workedOut = await server.db.kysely.transaction().execute(async (tx) => {
      const found: (string | null)[] = [];
      for (const company of companies.rows)
        found.push((await companyLastContact(tx, ws, company.id))?.at ?? null);
      return found;
    });
    expect(companies.rows.map((row) => row.at?.toISOString() ?? null)).toEqual(workedOut);
    expect(workedOut.filter(Boolean).length).toBeGreaterThan(companies.rows.length / 2);
    // The ledger's events are in the history already, so deriving the timeline adds none of them again.
    const entries = sql<{ n: string }>`SELECT count(*) AS n FROM activities
      WHERE workspace_id = ${ws} AND type = 'consent'`;
    const before = await count(entries);
    await deriveTimeline(server.db);
    expect(await count(entries)).toBe(before);
  });

  it('dates nothing after the demo’s present', async () => {
    const ws = first.workspaceId;
    // Nothing has happened yet after the demo's present.
    for (const [table, column] of [
      ['activities', 'occurred_at'],
      ['orders', 'ordered_at'],
      ['deals', 'created_at'],
      ['tickets', 'created_at'],
      ['people', 'created_at'],
      ['people', 'last_contacted_at'],
      ['companies', 'created_at'],
    ] as const)
      expect(
        await count(sql`SELECT count(*) AS n FROM ${sql.table(table)}
          WHERE workspace_id = ${ws} AND ${sql.ref(column)} > ${NOW.toISOString()}::timestamptz`),
        `${table}.${column}`,
      ).toBe(0);
  });

  it('defines custom fields as an admin would, each record’s value following from the rest of it', async () => {
    const api = server.anonymous.withToken(first.apiToken);
    const fields = (await api.get('/custom-fields')).body.data.map(
      (f: { objectType: string; key: string; type: string }) => [f.objectType, f.key, f.type],
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        ['companies', 'accountTier', 'select'],
        ['people', 'preferredLanguage', 'select'],
      ]),
    );
    // A tier is the band of the company's revenue.
    expect(
      await count(sql`SELECT count(*) AS n FROM companies WHERE workspace_id = ${first.workspaceId}
        AND custom_fields->>'accountTier' IS DISTINCT FROM CASE
          WHEN annual_revenue >= 1e9 THEN 'strategic' WHEN annual_revenue >= 1e8 THEN 'key'
          WHEN annual_revenue >= 1e7 THEN 'growth' ELSE 'standard' END`),
    ).toBe(0);
    // A language, when known, is English or the language of the person's country.
    const languages = await sql<{ country: string; language: string; n: number }>`
      SELECT addresses->0->>'country' AS country, custom_fields->>'preferredLanguage' AS language, count(*)::int AS n
      FROM people WHERE workspace_id = ${first.workspaceId} AND custom_fields ? 'preferredLanguage'
      GROUP BY 1, 2`.execute(server.db.kysely);
    const native: Record<string, string> = { DE: 'de', AT: 'de', CH: 'de', FR: 'fr', ES: 'es', IT: 'it' };
    Object.assign(native, { NL: 'nl', SE: 'sv', PL: 'pl', BR: 'pt' });
    for (const { country, language } of languages.rows)
      expect(['en', native[country] ?? 'en'], `${country} ${language}`).toContain(language);
    const known = languages.rows.reduce((sum, r) => sum + r.n, 0);
    expect(known / PEOPLE).toBeGreaterThan(0.7);
    // The API reads and filters them like any field.
    const filter = encodeURIComponent(
      JSON.stringify({ field: 'customFields.accountTier', op: 'eq', value: 'standard' }),
    );
    const standard = await api.get(`/companies?filter=${filter}&limit=5`);
    expect(standard.status).toBe(200);
    expect(standard.body.data.length).toBeGreaterThan(0);
    for (const company of standard.body.data) expect(company.customFields.accountTier).toBe('standard');
  });

  it('enters a few people twice, and the duplicate finder offers those pairs and no others', async () => {
    const api = server.anonymous.withToken(first.apiToken);
    const twins = await sql<{ id: string; original: string }>`
      SELECT t.id, o.id AS original FROM people t
      JOIN people o ON o.workspace_id = t.workspace_id AND o.company_id = t.company_id AND o.id < t.id
        AND o.first_name = t.first_name AND o.name_keys = t.name_keys
      WHERE t.workspace_id = ${first.workspaceId} AND t.source = 'form'`.execute(server.db.kysely);
    expect(twins.rows.length).toBeGreaterThan(0);
    // Nobody presses "Scan now": the demo queued a scan, which the server's runner does.
    await server.runner.drain();
    const offered = (await api.get('/duplicates?limit=100')).body.data.map(
      (pair: { records: { id: string }[]; reasons: string[] }) => ({
        ids: pair.records.map((r) => r.id).sort(),
        reasons: pair.reasons,
      }),
    );
    expect(offered.map((p: { ids: string[] }) => p.ids).sort()).toEqual(
      twins.rows.map((t) => [t.id, t.original].sort()).sort(),
    );
    for (const pair of offered) expect(pair.reasons).toContain('name_and_company');
    // The form that brought the twin in is in their history, written by them.
    const twin = twins.rows[0]?.id;
    const history = (await api.get(`/people/${twin}/timeline`)).body.data;
    expect(history).toEqual([
      expect.objectContaining({
        type: 'form',
        actor: expect.objectContaining({ type: 'person', personId: twin }),
      }),
    ]);
  });

  it('prints a login that signs in over HTTP, and an API token that reads its data', async () => {
    const session = await signIn(server, first.email, first.password);
    const me = await session.get('/me');
    expect(me.status).toBe(200);
    expect(me.body.workspace.id).toBe(first.workspaceId);
    expect(me.body.role).toBe('admin');
    // Who signs in leads a sales team too: their Home has tasks, and they own customers.
    expect((await session.get('/tasks?assignee=me&status=open')).body.data.length).toBeGreaterThan(0);
    const mine = { field: 'ownerId', op: 'eq', value: me.body.user.id };
    const owned = await session.get(`/people?limit=1&filter=${encodeURIComponent(JSON.stringify(mine))}`);
    expect(owned.body.data).toHaveLength(1);

    const api = server.anonymous.withToken(first.apiToken);
    const found = await api.get(`/search?q=${encodeURIComponent('jonh smiht')}`);
    expect(found.status).toBe(200);
    expect(JSON.stringify(found.body)).toContain('John Smith');

    // An order over the API: its margin is its price minus its cost, line by line.
    const orders = await api.get('/orders?limit=20');
    expect(orders.status).toBe(200);
    expect(orders.body.data.length).toBeGreaterThan(0);
    for (const listed of orders.body.data) {
      const order = (await api.get(`/orders/${listed.id}`)).body;
      const margin = order.lines.reduce(
        (sum: number, l: { quantity: number; unitPrice: number; unitCost: number }) =>
          sum + Math.round(l.quantity * (l.unitPrice - l.unitCost) * 100),
        0,
      );
      expect(Math.round(order.margin * 100)).toBe(margin);
      expect(margin).toBeGreaterThan(0);
    }
  });
});
