import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { deriveTimelineUntil } from '../../../tests/support/timeline.ts';
import { deriveTimeline } from '../timeline/index.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const at = (day: number) => new Date(Date.UTC(2026, 5, day, 9)).toISOString();
const titles = (page: { body: { data: { title: string }[] } }) => page.body.data.map((t) => t.title);

const deriveUntil = (ready: () => Promise<boolean>) => deriveTimelineUntil(server.db, ready);

describe('writing tasks', () => {
  it('creates a task assigned to its author by default, with the person and company it concerns', async () => {
    const company = (await ws.api.post('/companies', { name: 'Globex' })).body;
    const person = (await ws.api.post('/people', { firstName: 'Hank', lastName: 'Scorpio' })).body;
    const response = await ws.api.post('/tasks', {
      title: '  Call Hank about the launch ',
      type: 'call',
      dueAt: at(3),
      personId: person.id,
      companyId: company.id,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(response.headers.get('location')).toBe(`/api/v1/tasks/${response.body.id}`);
    expect(response.body).toMatchObject({
      title: 'Call Hank about the launch',
      notes: null,
      type: 'call',
      priority: 'normal',
      status: 'open',
      dueAt: at(3),
      completedAt: null,
      assigneeId: ws.admin.id,
      createdBy: ws.admin.id,
      person: { id: person.id, name: 'Hank Scorpio' },
      company: { id: company.id, name: 'Globex' },
      version: 1,
    });
    const read = await ws.api.get(`/tasks/${response.body.id}`);
    expect(read.body).toEqual(response.body);
    const unassigned = await ws.api.post('/tasks', { title: 'Someone should', assigneeId: null });
    expect(unassigned.body).toMatchObject({ assigneeId: null, person: null, company: null });
  });

  it('records when a task is done, keeps it while done, and clears it when reopened', async () => {
    const task = (await ws.api.post('/tasks', { title: 'Send the quote' })).body;
    const done = await ws.api.patch(`/tasks/${task.id}`, { status: 'done' });
    expect(done.status).toBe(200);
    expect(done.body.completedAt).toEqual(expect.any(String));
    const renamed = await ws.api.patch(`/tasks/${task.id}`, {
      title: 'Send the signed quote',
      status: 'done',
    });
    expect(renamed.body.completedAt).toBe(done.body.completedAt);
    const reopened = await ws.api.patch(`/tasks/${task.id}`, { status: 'open' });
    expect(reopened.body).toMatchObject({ status: 'open', completedAt: null, version: 4 });
    const createdDone = await ws.api.post('/tasks', { title: 'Logged afterwards', status: 'done' });
    expect(createdDone.body.completedAt).toEqual(expect.any(String));
  });

  it('answers a stale If-Match with 412 and a matching If-None-Match with 304', async () => {
    const task = (await ws.api.post('/tasks', { title: 'Versioned' })).body;
    expect((await ws.api.get(`/tasks/${task.id}`, { 'if-none-match': '"1"' })).status).toBe(304);
    const first = await ws.api.patch(`/tasks/${task.id}`, { priority: 'high' }, { 'if-match': '"1"' });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"2"');
    const stale = await ws.api.patch(`/tasks/${task.id}`, { priority: 'low' }, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe('https://rapport.dev/problems/precondition-failed');
    expect((await ws.api.delete(`/tasks/${task.id}`, { 'if-match': '"1"' })).status).toBe(412);
    expect((await ws.api.get(`/tasks/${task.id}`)).body.priority).toBe('high');
  });

  it('deletes a task: gone from reads and lists', async () => {
    const task = (await ws.api.post('/tasks', { title: 'Throwaway' })).body;
    expect((await ws.api.delete(`/tasks/${task.id}`, { 'if-match': '"1"' })).status).toBe(204);
    expect((await ws.api.get(`/tasks/${task.id}`)).status).toBe(404);
    expect((await ws.api.patch(`/tasks/${task.id}`, { status: 'done' })).status).toBe(404);
    expect((await ws.api.get('/tasks?limit=200')).text).not.toContain(task.id);
  });
});

describe('invalid tasks', () => {
  it('answers malformed input with 400 naming the field', async () => {
    const cases: [unknown, string][] = [
      [{}, '/title'],
      [{ title: '   ' }, '/title'],
      [{ title: 'x'.repeat(301) }, '/title'],
      [{ title: 'Ok', notes: 'x'.repeat(10_001) }, '/notes'],
      [{ title: 'Ok', type: 'errand' }, '/type'],
      [{ title: 'Ok', priority: 'urgent' }, '/priority'],
      [{ title: 'Ok', dueAt: 'tomorrow' }, '/dueAt'],
      [{ title: 'Ok', personId: 'nope' }, '/personId'],
      [{ title: 'Ok', completedAt: at(1) }, '/completedAt'],
    ];
    for (const [body, path] of cases) {
      const response = await ws.api.post('/tasks', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await ws.api.get('/tasks?status=later')).status).toBe(400);
    expect((await ws.api.get('/tasks?assignee=someone')).status).toBe(400);
  });

  it('answers references that do not resolve in the workspace with 400 naming them, never a 500', async () => {
    const other = await buildWorkspace(server, 'Elsewhere');
    const stranger = (await other.api.post('/people', { firstName: 'Not', lastName: 'Ours' })).body;
    const gone = (await ws.api.post('/companies', { name: 'Gone Inc' })).body;
    await ws.api.delete(`/companies/${gone.id}`);
    const response = await ws.api.post('/tasks', {
      title: 'Dangling',
      assigneeId: other.admin.id,
      personId: stranger.id,
      companyId: gone.id,
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ type: 'https://rapport.dev/problems/validation-failed' });
    expect(response.body.errors).toEqual([
      { path: '/assigneeId', message: 'No such active member of the workspace.' },
      { path: '/personId', message: 'No such person.' },
      { path: '/companyId', message: 'No such company.' },
    ]);
    const task = (await ws.api.post('/tasks', { title: 'Fine' })).body;
    const patched = await ws.api.patch(`/tasks/${task.id}`, { personId: stranger.id });
    expect(patched.status).toBe(400);
    expect((await ws.api.get(`/tasks/${task.id}`)).body.personId).toBeNull();
  });
});

describe('listing tasks', () => {
  it('filters by person, company, status, assignee and due date, soonest due first, undated last', async () => {
    const local = await buildWorkspace(server, 'Lists');
    const rep = await buildMember(server, local, 'sales');
    const person = (await local.api.post('/people', { firstName: 'Lisa' })).body;
    const company = (await local.api.post('/companies', { name: 'Lisa Co' })).body;
    const make = (body: object) => local.api.post('/tasks', body).then((r) => r.body);
    await make({ title: 'Undated', personId: person.id });
    await make({ title: 'Later', dueAt: at(20), personId: person.id, companyId: company.id });
    await make({ title: 'Soon', dueAt: at(2), personId: person.id });
    const done = await make({ title: 'Done', dueAt: at(1), personId: person.id, status: 'done' });
    await make({ title: 'Company only', dueAt: at(5), companyId: company.id });
    await make({ title: 'For the rep', dueAt: at(4), assigneeId: rep.id });

    const ofPerson = await local.api.get(`/tasks?personId=${person.id}`);
    expect(titles(ofPerson)).toEqual(['Done', 'Soon', 'Later', 'Undated']);
    expect(titles(await local.api.get(`/tasks?personId=${person.id}&status=open`))).toEqual([
      'Soon',
      'Later',
      'Undated',
    ]);
    expect(titles(await local.api.get(`/tasks?personId=${person.id}&sort=-dueAt`))).toEqual([
      'Undated',
      'Later',
      'Soon',
      'Done',
    ]);
    expect(titles(await local.api.get(`/tasks?companyId=${company.id}`))).toEqual(['Company only', 'Later']);
    expect(titles(await local.api.get(`/tasks?status=done`))).toEqual([done.title]);
    expect(titles(await local.api.get(`/tasks?assignee=${rep.id}`))).toEqual(['For the rep']);
    expect(titles(await rep.api.get('/tasks?assignee=me'))).toEqual(['For the rep']);
    expect(titles(await local.api.get('/tasks?assignee=me&status=open')).length).toBe(4);
    expect(titles(await local.api.get(`/tasks?dueBefore=${encodeURIComponent(at(4))}`))).toEqual([
      'Done',
      'Soon',
    ]);
  });

  it('walks every page without gaps or repeats, undated tasks included', async () => {
    const local = await buildWorkspace(server, 'Pages');
    const expected: string[] = [];
    for (let i = 0; i < 7; i++) {
      const title = `Task ${i}`;
      // Two share a due date (the id breaks the tie); two have none.
      const dueAt = i < 5 ? at(10 - Math.min(i, 3)) : null;
      await local.api.post('/tasks', { title, dueAt });
      expected.push(title);
    }
    const everything = titles(await local.api.get('/tasks?limit=200'));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { status: number; body: { data: { title: string }[]; nextCursor: string | null } } =
        await local.api.get(`/tasks?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.data.map((t) => t.title));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toEqual(everything);
    expect([...seen].sort()).toEqual(expected);
    expect(seen.slice(0, 2).sort()).toEqual(['Task 3', 'Task 4']);
    expect(seen.slice(-2).sort()).toEqual(['Task 5', 'Task 6']);
  });
});

describe('who may do what', () => {
  it('lets viewers read only, and sales reps change only their own tasks', async () => {
    const local = await buildWorkspace(server, 'Roles');
    const rep = await buildMember(server, local, 'sales');
    const viewer = await buildMember(server, local, 'viewer');
    const adminTask = (await local.api.post('/tasks', { title: 'Admin’s' })).body;

    expect((await viewer.api.get(`/tasks/${adminTask.id}`)).status).toBe(200);
    expect((await viewer.api.post('/tasks', { title: 'Viewer’s' })).status).toBe(403);
    expect((await viewer.api.patch(`/tasks/${adminTask.id}`, { status: 'done' })).status).toBe(403);

    const own = await rep.api.post('/tasks', { title: 'Rep’s' });
    expect(own.body.assigneeId).toBe(rep.id);
    expect((await rep.api.patch(`/tasks/${own.body.id}`, { status: 'done' })).status).toBe(200);
    expect((await rep.api.get(`/tasks/${adminTask.id}`)).status).toBe(200);
    expect((await rep.api.patch(`/tasks/${adminTask.id}`, { status: 'done' })).status).toBe(403);
    expect((await rep.api.delete(`/tasks/${adminTask.id}`)).status).toBe(403);

    // Assigned to the rep by someone else: theirs. Unassigned, written by them: theirs too.
    const given = (await local.api.post('/tasks', { title: 'Given', assigneeId: rep.id })).body;
    expect((await rep.api.patch(`/tasks/${given.id}`, { status: 'done' })).status).toBe(200);
    const loose = (await rep.api.post('/tasks', { title: 'Loose', assigneeId: null })).body;
    expect((await rep.api.delete(`/tasks/${loose.id}`)).status).toBe(204);
    // Handed to a colleague, it is no longer the rep's to change.
    const handed = await rep.api.patch(`/tasks/${own.body.id}`, { assigneeId: local.admin.id });
    expect(handed.status).toBe(200);
    expect((await rep.api.patch(`/tasks/${own.body.id}`, { status: 'open' })).status).toBe(403);
  });

  it('lets managers change every task and delete their teams’', async () => {
    const local = await buildWorkspace(server, 'Managers');
    const manager = await buildMember(server, local, 'manager');
    const mate = await buildMember(server, local, 'sales');
    await local.api.post('/teams', { name: 'Field', memberIds: [manager.id, mate.id] });
    const matesTask = (await mate.api.post('/tasks', { title: 'Mate’s' })).body;
    const adminsTask = (await local.api.post('/tasks', { title: 'Admin’s' })).body;
    expect((await manager.api.patch(`/tasks/${adminsTask.id}`, { priority: 'high' })).status).toBe(200);
    expect((await manager.api.delete(`/tasks/${adminsTask.id}`)).status).toBe(403);
    expect((await manager.api.delete(`/tasks/${matesTask.id}`)).status).toBe(204);
  });
});

describe('tasks and the rest of the customer record', () => {
  it('puts a done task about a person or a company in their timeline, once', async () => {
    const company = (await ws.api.post('/companies', { name: 'Timeline Co' })).body;
    const person = (
      await ws.api.post('/people', { firstName: 'Tim', lastName: 'Line', companyId: company.id })
    ).body;
    const aboutPerson = (await ws.api.post('/tasks', { title: 'Follow up with Tim', personId: person.id }))
      .body;
    const aboutCompany = (await ws.api.post('/tasks', { title: 'Renew the contract', companyId: company.id }))
      .body;
    await ws.api.patch(`/tasks/${aboutPerson.id}`, { status: 'done' });
    await ws.api.patch(`/tasks/${aboutCompany.id}`, { status: 'done' });
    const entriesOf = async (path: string) => (await ws.api.get(`${path}/timeline?type=task`)).body.data;
    await deriveUntil(async () => (await entriesOf(`/companies/${company.id}`)).length === 2);
    await deriveTimeline(server.db);

    const ofPerson = await entriesOf(`/people/${person.id}`);
    expect(ofPerson).toHaveLength(1);
    expect(ofPerson[0]).toMatchObject({
      type: 'task',
      channel: 'system',
      subject: 'Task done: Follow up with Tim',
      companyId: company.id,
      personIds: [person.id],
    });
    const ofCompany = await entriesOf(`/companies/${company.id}`);
    expect(ofCompany.map((a: { subject: string }) => a.subject).sort()).toEqual([
      'Task done: Follow up with Tim',
      'Task done: Renew the contract',
    ]);

    // Reopened and done again: a second completion, a second entry; an open task leaves none.
    await ws.api.patch(`/tasks/${aboutPerson.id}`, { status: 'open' });
    await ws.api.patch(`/tasks/${aboutPerson.id}`, { status: 'done' });
    const stillOpen = (await ws.api.post('/tasks', { title: 'Still open', personId: person.id })).body;
    await deriveUntil(async () => (await entriesOf(`/people/${person.id}`)).length === 2);
    await ws.api.patch(`/tasks/${stillOpen.id}`, { title: 'Still open, renamed' });
    await deriveTimeline(server.db);
    expect((await entriesOf(`/people/${person.id}`)).map((a: { subject: string }) => a.subject)).toEqual([
      'Task done: Follow up with Tim',
      'Task done: Follow up with Tim',
    ]);
  });

  it('keeps the tasks of both people through a merge, and gives them back on undo', async () => {
    const keep = (await ws.api.post('/people', { firstName: 'Kay', lastName: 'Kept' })).body;
    const gone = (await ws.api.post('/people', { firstName: 'Kay', lastName: 'Gone' })).body;
    const kept = (await ws.api.post('/tasks', { title: 'Kept’s', personId: keep.id })).body;
    const moved = (await ws.api.post('/tasks', { title: 'Gone’s', personId: gone.id })).body;
    const merge = await ws.api.post(`/people/${keep.id}/merge`, { mergedId: gone.id });
    expect(merge.status).toBe(201);
    expect(titles(await ws.api.get(`/tasks?personId=${keep.id}`)).sort()).toEqual(['Gone’s', 'Kept’s']);
    const afterMerge = await ws.api.get(`/tasks/${moved.id}`);
    expect(afterMerge.body).toMatchObject({ personId: keep.id, person: { name: 'Kay Kept' }, version: 2 });

    expect((await ws.api.post(`/merges/${merge.body.id}/undo`)).status).toBe(200);
    expect(titles(await ws.api.get(`/tasks?personId=${keep.id}`))).toEqual(['Kept’s']);
    expect(titles(await ws.api.get(`/tasks?personId=${gone.id}`))).toEqual(['Gone’s']);
    expect((await ws.api.get(`/tasks/${kept.id}`)).body.personId).toBe(keep.id);
  });

  it('keeps the tasks of both companies through a merge, and gives them back on undo', async () => {
    const keep = (await ws.api.post('/companies', { name: 'Keep Corp' })).body;
    const gone = (await ws.api.post('/companies', { name: 'Keep Corporation' })).body;
    await ws.api.post('/tasks', { title: 'For Keep', companyId: keep.id });
    const moved = (await ws.api.post('/tasks', { title: 'For the other', companyId: gone.id })).body;
    const merge = await ws.api.post(`/companies/${keep.id}/merge`, { mergedId: gone.id });
    expect(merge.status).toBe(201);
    expect(titles(await ws.api.get(`/tasks?companyId=${keep.id}`)).sort()).toEqual([
      'For Keep',
      'For the other',
    ]);
    expect((await ws.api.post(`/merges/${merge.body.id}/undo`)).status).toBe(200);
    expect(titles(await ws.api.get(`/tasks?companyId=${gone.id}`))).toEqual(['For the other']);
    expect((await ws.api.get(`/tasks/${moved.id}`)).body.company).toEqual({
      id: gone.id,
      name: 'Keep Corporation',
    });
  });

  it('never shows another workspace’s tasks', async () => {
    const other = await buildWorkspace(server, 'Other');
    const secret = (await other.api.post('/tasks', { title: 'Secret' })).body;
    expect((await ws.api.get(`/tasks/${secret.id}`)).status).toBe(404);
    expect((await ws.api.patch(`/tasks/${secret.id}`, { status: 'done' })).status).toBe(404);
    expect((await ws.api.delete(`/tasks/${secret.id}`)).status).toBe(404);
    expect((await ws.api.get('/tasks?limit=200')).text).not.toContain(secret.id);
    expect((await other.api.get(`/tasks/${secret.id}`)).body.status).toBe('open');
  });
});
