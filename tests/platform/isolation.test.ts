import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BULK_JOB } from '../../src/modules/bulk/bulk.jobs.ts';
import { inWorkspace } from '../../src/platform/db/transaction.ts';
import { enqueue } from '../../src/platform/jobs/queue.ts';
import type { ApiClient, Json } from '../support/api-client.ts';
import { buildMember, buildWorkspace, type TestWorkspace, uniqueEmail } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/**
 * Generated from the OpenAPI document, so a new route is covered without anyone remembering: for every
 * operation that takes an id, workspace B's admin asks for workspace A's record and gets 404, and A's
 * data does not change; no list of B's shows any of A's ids.
 */
let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
const fixtures = new Map<string, string>();

type Operation = {
  requestBody?: { content: Record<string, { schema: { example?: unknown } }> };
  parameters?: { in: string; name: string; required?: boolean; schema?: { example?: unknown } }[];
};
let document: { paths: Record<string, Record<string, Operation>> };

beforeAll(async () => {
  server = await startTestServer();
  a = await buildWorkspace(server, 'A');
  b = await buildWorkspace(server, 'B');
  document = (await server.anonymous.get('/api/v1/openapi.json')).body;

  const member = await buildMember(server, a, 'sales');
  const team = await a.api.post('/teams', { name: 'A team', memberIds: [member.id] });
  const token = await a.api.post('/api-tokens', { name: 'A token' });
  await a.api.post('/users', { email: uniqueEmail('invited'), name: 'Invited', role: 'viewer' });
  const company = await a.api.post('/companies', { name: 'A Corp', domain: 'a-corp.example' });
  const person = await a.api.post('/people', {
    firstName: 'Ann',
    email: 'ann@a-corp.example',
    companyId: company.body.id,
  });
  const field = await a.api.post('/custom-fields', {
    objectType: 'people',
    label: 'Shoe size',
    type: 'number',
  });
  const activity = await a.api.post('/activities', {
    type: 'note',
    body: 'A note',
    personIds: [person.body.id],
  });
  const attachment = await a.api.post(
    `/activities/${activity.body.id}/attachments?filename=a.txt`,
    'secret',
    {
      'content-type': 'text/plain',
    },
  );
  const deal = await a.api.post('/deals', { name: 'A deal', amount: 10, personIds: [person.body.id] });
  const order = await a.api.post('/orders', {
    externalId: 'a-1',
    personId: person.body.id,
    orderedAt: '2026-01-01T00:00:00Z',
    currency: 'EUR',
    lines: [{ sku: 'X', quantity: 1, unitPrice: 5 }],
  });
  const ticket = await a.api.post('/tickets', { subject: 'Help', requesterId: person.body.id });
  const consent = await a.api.post(`/people/${person.body.id}/consents`, {
    purpose: 'newsletter',
    channel: 'email',
    status: 'granted',
  });
  const task = await a.api.post('/tasks', { title: 'Call Ann', personId: person.body.id });
  const employment = (await a.api.get(`/people/${person.body.id}/employments`)).body.data[0];
  const view = await a.api.post('/saved-views', { objectType: 'people', name: 'A view', shared: true });
  const twin = await a.api.post('/people', { firstName: 'Ann', email: 'ann@a-corp.example' });
  await a.api.post('/duplicates/scan', { objectType: 'people' });
  const candidate = (await a.api.get('/duplicates')).body.data[0];
  const otherTwin = await a.api.post('/people', { firstName: 'Zed', lastName: 'Twin' });
  const merge = await a.api.post(`/people/${twin.body.id}/merge`, { mergedId: otherTwin.body.id });
  // A bulk action runs as a job only past 5,000 records: A's admin's job is queued directly.
  const bulkJob = await inWorkspace(
    server.db,
    { workspaceId: a.workspaceId, actor: { type: 'user', id: a.admin.id }, via: 'api' },
    (tx) =>
      enqueue(tx, {
        kind: BULK_JOB,
        workspaceId: a.workspaceId,
        payload: {
          object: 'people',
          target: { ids: [person.body.id] },
          action: { type: 'addTags', tags: ['bulk'] },
          actor: { userId: a.admin.id, role: 'admin' },
        } as never,
        maxAttempts: 1,
      }),
  );
  await server.runner.drain();
  const audit = await a.api.get('/audit-log?limit=1');
  const jobs = await a.api.get('/jobs?limit=1');
  const outbox = await a.api.get('/outbox-messages?limit=1');
  // One id of A's per resource; a new resource needs a line here, and the test says so.
  fixtures.set('users', member.id);
  fixtures.set('teams', team.body.id);
  fixtures.set('api-tokens', token.body.id);
  fixtures.set('audit-log', audit.body.data[0].id);
  fixtures.set('jobs', jobs.body.data[0].id);
  fixtures.set('outbox-messages', outbox.body.data[0].id);
  fixtures.set('workspaces', a.workspaceId);
  fixtures.set('people', person.body.id);
  fixtures.set('companies', company.body.id);
  fixtures.set('custom-fields', field.body.id);
  fixtures.set('activities', activity.body.id);
  fixtures.set('attachments', attachment.body.id);
  fixtures.set('deals', deal.body.id);
  fixtures.set('orders', order.body.id);
  fixtures.set('tickets', ticket.body.id);
  fixtures.set('consents', consent.body.id);
  fixtures.set('tasks', task.body.id);
  fixtures.set('employments', employment.id);
  fixtures.set('saved-views', view.body.id);
  fixtures.set('duplicates', candidate.id);
  fixtures.set('merges', merge.body.id);
  fixtures.set('bulk-jobs', bulkJob ?? '');
  fixtures.set('imports', (await a.api.post('/imports', { object: 'people', filename: 'a.csv' })).body.id);
});
afterAll(() => server.stop());

async function fingerprint(api: ApiClient): Promise<string> {
  const parts = await Promise.all(
    ['/audit-log?limit=200', '/outbox-messages?limit=200', '/jobs?limit=200'].map((p) => api.get(p)),
  );
  return JSON.stringify(
    parts.map((p) => p.body.data.map((r: Json) => [r.id, r.version ?? r.state ?? r.status])),
  );
}

describe('workspace isolation, for every route in the OpenAPI document', () => {
  it('answers 404 to another workspace’s ids and changes nothing', async () => {
    const before = await fingerprint(a.api);
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      if (!path.includes('{id}')) continue;
      const resource = path.split('/')[1] ?? '';
      const id = fixtures.get(resource);
      expect(id, `add a fixture of workspace A for /${resource} in ${import.meta.filename}`).toBeDefined();
      for (const [method, operation] of Object.entries(operations)) {
        const body = operation.requestBody?.content['application/json']?.schema.example;
        // Required query parameters take their documented example, so only the id can make it fail.
        const query = (operation.parameters ?? [])
          .filter((p) => p.in === 'query' && p.required)
          .map((p) => `${p.name}=${encodeURIComponent(String(p.schema?.example ?? 'x'))}`)
          .join('&');
        const url = path.replace('{id}', id ?? '') + (query ? `?${query}` : '');
        const response = await b.api.request(method.toUpperCase(), url, body);
        expect(response.status, `${method.toUpperCase()} ${path} from workspace B`).toBe(404);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(15);
    expect(await fingerprint(a.api)).toBe(before);
  });

  it('never lists another workspace’s records', async () => {
    // A uuid of A's must appear nowhere; a numbered id (jobs, audit entries, outbox messages come
    // from counters that B's records share) must not be the id of a record in its own list.
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-/;
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      if (path.includes('{') || !operations.get) continue;
      const response = await b.api.get(path);
      if (response.status !== 200) continue;
      for (const [resource, secret] of fixtures) {
        if (uuid.test(secret))
          expect(response.text, `GET ${path} leaks ${secret}`).not.toContain(`"${secret}"`);
        else if (path === `/${resource}`)
          expect(response.text, `GET ${path} leaks ${secret}`).not.toContain(`"id":"${secret}"`);
      }
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(7);
  });
});
