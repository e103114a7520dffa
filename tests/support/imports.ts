import { expect } from 'vitest';
import type { ApiClient, Json } from './api-client.ts';
import type { TestServer } from './test-server.ts';

export interface UploadOptions {
  object?: string;
  format?: 'csv' | 'vcf';
  filename?: string;
}

/** Create → upload: an import left at its mapping step, as a client leaves it. Gives its id. */
export async function uploadImport(
  server: TestServer,
  api: ApiClient,
  file: string | Buffer,
  options: UploadOptions = {},
): Promise<string> {
  const format = options.format ?? 'csv';
  const created = await api.post('/imports', {
    object: options.object ?? 'people',
    format,
    filename: options.filename ?? `file.${format}`,
  });
  expect(created.status, created.text).toBe(201);
  const uploaded = await fetch(`${server.url}/api/v1/imports/${created.body.id}/file`, {
    method: 'PUT',
    headers: { ...api.headers, 'content-type': format === 'vcf' ? 'text/vcard' : 'text/csv' },
    body: file,
  });
  expect(uploaded.status, await uploaded.clone().text()).toBe(200);
  return created.body.id;
}

/**
 * Create → upload → start → run the jobs: what a client (or `rapport import`) does. Gives the import
 * as the API shows it once its job (and whatever that job queued) has run.
 */
export async function runImport(
  server: TestServer,
  api: ApiClient,
  file: string | Buffer,
  options: UploadOptions & { start?: Record<string, unknown> } = {},
): Promise<Json> {
  const id = await uploadImport(server, api, file, options);
  const started = await api.post(`/imports/${id}/start`, options.start ?? {});
  expect(started.status, started.text).toBe(202);
  await server.runner.drain();
  const done = await api.get(`/imports/${id}`);
  expect(done.status).toBe(200);
  return done.body;
}
