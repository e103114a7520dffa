import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import type { StaffPrincipal } from '../../platform/auth/principal.ts';
import { CHUNK_BYTES, chunked, receiveUpload } from './imports.upload.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

async function* pieces(parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield part;
}

describe('uploads', () => {
  it('regroups any stream into chunks of a fixed size, losing and adding nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 50 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 40 }),
        async (parts, size) => {
          const chunks: Buffer[] = [];
          for await (const chunk of chunked(pieces(parts), size)) chunks.push(chunk);
          expect(Buffer.concat(chunks)).toEqual(Buffer.concat(parts));
          for (const chunk of chunks.slice(0, -1)) expect(chunk.byteLength).toBe(size);
          expect(chunks.at(-1)?.byteLength ?? 1).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('stores a file of several chunks with its SHA-256, and reads a character split between two chunks', async () => {
    // "é" is two bytes in UTF-8: the first chunk ends between them. Notes (not imported) fill it.
    const head = 'Email,First Name,Notes\n';
    const fillers = Array.from(
      { length: 10 },
      (_, i) => `f${i}@example.com,F${i},${'n'.repeat(100_000)}\n`,
    ).join('');
    const before = `${head}${fillers}pad@example.com,Pad,\nsplit@example.com,`;
    const pad = 'p'.repeat(CHUNK_BYTES - 1 - Buffer.byteLength(before));
    const file = Buffer.from(
      `${head}${fillers}pad@example.com,Pad,${pad}\nsplit@example.com,é,\nlast@example.com,Zoë,\n`,
    );
    expect(file.subarray(CHUNK_BYTES - 1, CHUNK_BYTES + 1).toString()).toBe('é');
    const created = await ws.api.post('/imports', { object: 'people' });
    const put = await fetch(`${server.url}/api/v1/imports/${created.body.id}/file`, {
      method: 'PUT',
      headers: ws.api.headers,
      body: file,
    });
    const uploaded = await put.json();
    expect(uploaded).toMatchObject({
      size: file.byteLength,
      sha256: createHash('sha256').update(file).digest('hex'),
      status: 'uploaded',
      header: ['Email', 'First Name', 'Notes'],
    });
    const chunks = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM import_chunks WHERE import_id = ${created.body.id}`.execute(
      server.db.kysely,
    );
    expect(chunks.rows[0]?.n).toBe(2);
    await ws.api.post(`/imports/${created.body.id}/start`, {});
    await server.runner.drain();
    const done = (await ws.api.get(`/imports/${created.body.id}`)).body;
    expect(done.counts).toMatchObject({ read: 13, created: 13, rejected: 0 });
    expect((await ws.api.get('/people?email=split@example.com')).body.data[0].firstName).toBe('é');
    expect((await ws.api.get('/people?email=last@example.com')).body.data[0].firstName).toBe('Zoë');
    // The file is not kept once imported.
    const left = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM import_chunks WHERE import_id = ${created.body.id}`.execute(
      server.db.kysely,
    );
    expect(left.rows[0]?.n).toBe(0);
  });

  it('refuses a file over the limit with 413 and keeps nothing of it; uploading again replaces the file', async () => {
    const created = await ws.api.post('/imports', { object: 'people' });
    const principal: StaffPrincipal = {
      kind: 'staff',
      userId: ws.admin.id,
      workspaceId: ws.workspaceId,
      role: 'admin',
      credential: { type: 'api_token', tokenId: '00000000-0000-0000-0000-000000000000' },
    };
    const big = pieces([Buffer.alloc(600, 'a'), Buffer.alloc(600, 'b')]);
    await expect(
      receiveUpload(server.db, principal, 'test', created.body.id, big, 1000),
    ).rejects.toMatchObject({
      code: 'payload_too_large',
    });
    const kept = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM import_chunks WHERE import_id = ${created.body.id}`.execute(
      server.db.kysely,
    );
    expect(kept.rows[0]?.n).toBe(0);
    expect((await ws.api.get(`/imports/${created.body.id}`)).body.status).toBe('awaiting_upload');

    const put = (body: string) =>
      fetch(`${server.url}/api/v1/imports/${created.body.id}/file`, {
        method: 'PUT',
        headers: ws.api.headers,
        body,
      });
    expect((await put('')).status).toBe(422);
    const first = (await (await put('Email\nfirst@example.com\n')).json()) as { size: number };
    expect(first.size).toBe(24);
    const second = await (await put('Name;Email\nAda;second@example.com\n')).json();
    expect(second).toMatchObject({ size: 34, delimiter: ';', header: ['Name', 'Email'] });
    await ws.api.post(`/imports/${created.body.id}/start`, {});
    expect((await put('Email\nlate@example.com\n')).status).toBe(409);
  });
});
