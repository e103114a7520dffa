import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { noteHtmlOf } from '../timeline/timeline.rules.ts';

// The free text other systems keep about a record ("Notes", "Description", a vCard's NOTE) becomes a
// note on its timeline, once, however many times the file is imported.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function notesOf(ws: TestWorkspace, path: string): Promise<Json[]> {
  const timeline = await ws.api.get(`${path}/timeline?type=note`);
  expect(timeline.status, timeline.text).toBe(200);
  return timeline.body.data;
}

async function personByEmail(ws: TestWorkspace, email: string): Promise<Json> {
  const found = await ws.api.get(`/people?email=${encodeURIComponent(email)}`);
  expect(found.body.data, email).toHaveLength(1);
  return found.body.data[0];
}

describe('notes columns in an import', () => {
  it('land as a note on the person’s timeline and their company’s, once, as plain text', async () => {
    const ws = await buildWorkspace(server);
    const file = [
      'First Name,Last Name,E-mail Address,Company,Notes,Description',
      '"Ada","Lovelace",ada@example.com,Analytical Engines,"Met at the fair.\nWants a demo <b>soon</b>.","Prefers e-mail"',
      'Grace,Hopper,grace@example.com,,,',
    ].join('\n');
    const done = await runImport(server, ws.api, file, { start: { dedupe: 'email', mode: 'update' } });
    expect(done.mapping).toMatchObject({ Notes: 'note', Description: 'note' });
    expect(done.counts).toMatchObject({ created: 2, rejected: 0 });

    const ada = await personByEmail(ws, 'ada@example.com');
    const [note, ...others] = await notesOf(ws, `/people/${ada.id}`);
    expect(others).toEqual([]);
    expect(note).toMatchObject({
      type: 'note',
      body: 'Met at the fair.\nWants a demo <b>soon</b>.\n\nPrefers e-mail',
      bodyHtml: '<p>Met at the fair.<br>Wants a demo &#60;b&#62;soon&#60;/b&#62;.</p><p>Prefers e-mail</p>',
      actor: { type: 'user', userId: ws.admin.id },
      personIds: [ada.id],
      companyId: ada.companyId,
    });
    expect((await notesOf(ws, `/companies/${ada.companyId}`)).map((n) => n.id)).toEqual([note.id]);
    const grace = await personByEmail(ws, 'grace@example.com');
    expect(await notesOf(ws, `/people/${grace.id}`)).toEqual([]);

    // The same file again changes nothing; a new text is a new note, beside the first.
    const again = await runImport(server, ws.api, file, { start: { dedupe: 'email', mode: 'update' } });
    expect(again.counts).toMatchObject({ created: 0, updated: 0, skipped: 2 });
    expect(await notesOf(ws, `/people/${ada.id}`)).toHaveLength(1);
    await runImport(server, ws.api, 'Email,Notes\nada@example.com,Signed the contract.\n', {
      start: { dedupe: 'email', mode: 'update' },
    });
    expect((await notesOf(ws, `/people/${ada.id}`)).map((n) => n.body)).toEqual([
      'Signed the contract.',
      'Met at the fair.\nWants a demo <b>soon</b>.\n\nPrefers e-mail',
    ]);
    // Skip mode leaves a matched person alone, notes included.
    await runImport(server, ws.api, 'Email,Notes\ngrace@example.com,Nothing to see.\n', {
      start: { dedupe: 'email', mode: 'skip' },
    });
    expect(await notesOf(ws, `/people/${grace.id}`)).toEqual([]);
  });

  it('land on a company’s timeline from a company import, and from a vCard’s NOTE', async () => {
    const ws = await buildWorkspace(server);
    const done = await runImport(
      server,
      ws.api,
      'Account Name,Website,Description\nInitech,initech.example,Printers.\n',
      {
        object: 'companies',
      },
    );
    expect(done.counts).toMatchObject({ created: 1 });
    const initech = (await ws.api.get('/companies?domain=initech.example')).body.data[0];
    expect((await notesOf(ws, `/companies/${initech.id}`)).map((n) => n.body)).toEqual(['Printers.']);

    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Alan Turing',
      'N:Turing;Alan;;;',
      'EMAIL:alan@example.com',
      'NOTE:Likes long runs.\\nCall after six.',
      'END:VCARD',
    ].join('\r\n');
    await runImport(server, ws.api, card, { format: 'vcf' });
    const alan = await personByEmail(ws, 'alan@example.com');
    expect((await notesOf(ws, `/people/${alan.id}`)).map((n) => n.body)).toEqual([
      'Likes long runs.\nCall after six.',
    ]);
  });

  it('reject a row whose note is longer than a note may be, with the column named', async () => {
    const ws = await buildWorkspace(server);
    const long = 'x'.repeat(100_001);
    const done = await runImport(server, ws.api, `Email,Notes\nlong@example.com,${long}\n`);
    expect(done.counts).toMatchObject({ created: 0, rejected: 1 });
    const rejections = await ws.api.get(`/imports/${done.id}/rejections`);
    expect(rejections.body.data[0].reason).toBe('Notes: A note holds at most 100,000 characters.');
  });
});

describe('noteHtmlOf', () => {
  it('keeps paragraphs and line breaks, and escapes markup', () => {
    expect(noteHtmlOf('  One\r\ntwo\r\n\r\n\r\n<three> & "four"  ')).toBe(
      '<p>One<br>two</p><p>&#60;three&#62; &#38; &#34;four&#34;</p>',
    );
  });
});
