import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import type { StaffPrincipal } from '../../platform/auth/principal.ts';
import { tenantContextOf } from '../../platform/auth/principal.ts';
import type { Db } from '../../platform/db/connect.ts';
import { inWorkspace, type TenantContext } from '../../platform/db/transaction.ts';
import { bumped } from '../../platform/db/versioning.ts';
import { AppError, conflict } from '../../platform/errors.ts';
import { detectEncoding } from './csv.rules.ts';
import { findImport, sniff } from './imports.service.ts';

export const CHUNK_BYTES = 1024 * 1024;
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * Streams a request body into the database in ~1 MiB chunks, each in its own short transaction, with
 * a running SHA-256: the file never sits in memory, and any process's job runner can read it. A newer
 * upload of the same import supersedes this one (its chunks stop being accepted).
 */
export async function receiveUpload(
  db: Db,
  principal: StaffPrincipal,
  requestId: string,
  importId: string,
  body: AsyncIterable<Uint8Array> | null,
  limit = MAX_IMPORT_BYTES,
) {
  const context = tenantContextOf(principal, requestId);
  const token = randomUUID();
  await claimUpload(db, principal, context, importId, token);
  const hash = createHash('sha256');
  let size = 0;
  let seq = 0;
  let first: Buffer | undefined;
  try {
    for await (const chunk of chunked(body ?? Readable.from([]), CHUNK_BYTES)) {
      size += chunk.byteLength;
      if (size > limit)
        throw new AppError('payload_too_large', `Import files are limited to ${sizeText(limit)}.`);
      hash.update(chunk);
      first ??= chunk;
      await storeChunk(db, context, importId, token, seq++, chunk);
    }
  } catch (error) {
    await discardUpload(db, context, importId, token).catch(() => {});
    throw error;
  }
  if (!first) throw new AppError('unprocessable', 'The file is empty.');
  return finishUpload(db, principal, context, {
    importId,
    token,
    size,
    seq,
    sha256: hash.digest('hex'),
    first,
  });
}

/** Makes this upload the import's current one, dropping the chunks of any earlier upload. */
async function claimUpload(
  db: Db,
  principal: StaffPrincipal,
  context: TenantContext,
  importId: string,
  token: string,
): Promise<void> {
  await inWorkspace(db, context, async (tx) => {
    const row = await findImport(tx, principal, importId, true);
    if (row.status !== 'awaiting_upload' && row.status !== 'uploaded')
      throw conflict(`This import is ${row.status}; its file can no longer change.`);
    await tx
      .deleteFrom('import_chunks')
      .where('workspace_id', '=', row.workspace_id)
      .where('import_id', '=', row.id)
      .execute();
    await tx
      .updateTable('imports')
      .set({ status: 'awaiting_upload', upload_token: token, chunk_count: 0, size_bytes: null, sha256: null })
      .where('workspace_id', '=', row.workspace_id)
      .where('id', '=', row.id)
      .execute();
  });
}

/** Regroups a stream's pieces (a few KiB each over HTTP) into chunks of `size` bytes, the last shorter. */
export async function* chunked(source: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let length = 0;
  for await (const piece of source) {
    let buffer = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    while (length + buffer.byteLength >= size) {
      const take = size - length;
      parts.push(buffer.subarray(0, take));
      yield Buffer.concat(parts);
      buffer = buffer.subarray(take);
      parts = [];
      length = 0;
    }
    if (buffer.byteLength > 0) {
      parts.push(Buffer.from(buffer));
      length += buffer.byteLength;
    }
  }
  if (length > 0) yield Buffer.concat(parts);
}

async function storeChunk(
  db: Db,
  context: TenantContext,
  importId: string,
  token: string,
  seq: number,
  data: Buffer,
) {
  const stored = await inWorkspace(db, context, (tx) =>
    sql`INSERT INTO import_chunks (workspace_id, import_id, seq, data)
        SELECT ${context.workspaceId}, ${importId}, ${seq}, ${data}
        WHERE EXISTS (SELECT 1 FROM imports WHERE workspace_id = ${context.workspaceId} AND id = ${importId}
                      AND upload_token = ${token} AND status = 'awaiting_upload')`.execute(tx),
  );
  if (Number(stored.numAffectedRows ?? 0) !== 1)
    throw conflict('Another upload of this import replaced this one.');
}

async function discardUpload(db: Db, context: TenantContext, importId: string, token: string) {
  await inWorkspace(db, context, async (tx) => {
    const owner = await tx
      .selectFrom('imports')
      .select('id')
      .where('workspace_id', '=', context.workspaceId)
      .where('id', '=', importId)
      .where('upload_token', '=', token)
      .executeTakeFirst();
    if (owner)
      await tx
        .deleteFrom('import_chunks')
        .where('workspace_id', '=', context.workspaceId)
        .where('import_id', '=', importId)
        .execute();
  });
}

async function finishUpload(
  db: Db,
  principal: StaffPrincipal,
  context: TenantContext,
  file: { importId: string; token: string; size: number; seq: number; sha256: string; first: Buffer },
) {
  return inWorkspace(db, context, async (tx) => {
    const row = await findImport(tx, principal, file.importId, true);
    if (row.upload_token !== file.token || row.status !== 'awaiting_upload')
      throw conflict('Another upload of this import replaced this one.');
    const shape = readableShape(file.first, file.seq === 1, row.format);
    await tx
      .updateTable('imports')
      .set({
        status: 'uploaded',
        upload_token: null,
        size_bytes: file.size,
        sha256: file.sha256,
        chunk_count: file.seq,
        encoding: shape.encoding,
        delimiter: row.format === 'vcf' ? null : (shape.delimiter ?? null),
        header: shape.header ?? null,
        ...bumped(),
      })
      .where('workspace_id', '=', row.workspace_id)
      .where('id', '=', row.id)
      .execute();
    return findImport(tx, principal, row.id);
  });
}

/**
 * What the upload can tell of the file. A file whose first rows do not parse with the guessed
 * delimiter is still accepted: the preview says why, and starting may name the delimiter.
 */
function readableShape(first: Buffer, complete: boolean, format: 'csv' | 'vcf') {
  try {
    return sniff(first, complete, format);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { encoding: detectEncoding(first, complete).encoding, delimiter: undefined, header: undefined };
  }
}

const sizeText = (bytes: number) => (bytes % 1024 ** 3 === 0 ? `${bytes / 1024 ** 3} GiB` : `${bytes} bytes`);
