import { createHash } from 'node:crypto';
import { z } from 'zod';
import { tenantContextOf } from '../../platform/auth/principal.ts';
import { inWorkspace } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { created, defineRoute, defineStreamRoute, noContent } from '../../platform/http/route.ts';
import { Id, IdParams, iso, Timestamp } from '../../platform/http/schemas.ts';
import { actorOf, can } from '../access/index.ts';
import { MAX_ATTACHMENT_BYTES, safeFilename, servedContentType } from './timeline.rules.ts';
import { findActivity } from './timeline.service.ts';

const TAG = 'Contact history';

const AttachmentSchema = z
  .object({
    id: Id,
    activityId: Id,
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Attachment' });

/** Reads a request body up to a limit; one byte more is a 413, not a truncated file. */
async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit)
      throw new AppError('payload_too_large', `Attachments are limited to ${limit / 1024 / 1024} MiB.`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

const upload = defineStreamRoute({
  method: 'post',
  path: '/activities/{id}/attachments',
  operationId: 'attachFile',
  summary: 'Attach a file to an interaction (up to 10 MiB)',
  description: 'Send the file as the raw body, with its type as Content-Type and its name in `filename`.',
  tag: TAG,
  // A file attached changes the entry: who may change the entry may attach, as who may delete one.
  allow: can('activities', 'update'),
  params: IdParams,
  // Any name a file system gives is taken; a longer one than 255 characters is shortened on the way in.
  query: z.object({ filename: z.string().min(1).max(4096).meta({ example: 'notes.txt' }) }),
  upload: { contentTypes: ['application/octet-stream', '*/*'], description: 'The file itself.' },
  responses: { 201: { description: 'Attached.', schema: AttachmentSchema } },
  async handler({ services, principal, params, query, context, requestId }) {
    const data = await readLimited(context.req.raw.body, MAX_ATTACHMENT_BYTES);
    const contentType =
      (context.req.header('content-type') ?? 'application/octet-stream')
        .split(';')[0]
        ?.trim()
        .toLowerCase() || 'application/octet-stream';
    const row = await inWorkspace(services.db, tenantContextOf(principal, requestId), async (tx) => {
      const activity = await findActivity(tx, actorOf(principal), params.id, 'update');
      return tx
        .insertInto('attachments')
        .values({
          workspace_id: principal.workspaceId,
          activity_id: activity.id,
          filename: safeFilename(query.filename),
          content_type: contentType.slice(0, 200),
          size_bytes: data.byteLength,
          sha256: createHash('sha256').update(data).digest('hex'),
          data,
          created_by: principal.userId,
        })
        .returning(['id', 'activity_id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_at'])
        .executeTakeFirstOrThrow();
    });
    return created(
      {
        id: row.id,
        activityId: row.activity_id,
        filename: row.filename,
        contentType: row.content_type,
        size: row.size_bytes,
        sha256: row.sha256,
        createdAt: iso(row.created_at),
      },
      `/api/v1/attachments/${row.id}`,
    );
  },
});

const download = defineStreamRoute({
  method: 'get',
  path: '/attachments/{id}',
  operationId: 'downloadAttachment',
  summary: 'Download an attachment',
  description: 'Always as a download, never as a page: a file cannot run in Rapport’s origin.',
  tag: TAG,
  allow: can('activities', 'read'),
  params: IdParams,
  responses: { 200: { description: 'The file.', content: { 'application/octet-stream': z.string() } } },
  async handler({ services, principal, params, requestId }) {
    const file = await inWorkspace(
      services.db,
      tenantContextOf(principal, requestId),
      async (tx) => {
        const row = await tx
          .selectFrom('attachments')
          .selectAll()
          .where('workspace_id', '=', principal.workspaceId)
          .where('id', '=', params.id)
          .executeTakeFirst();
        if (!row) throw new AppError('not_found', 'No such attachment.');
        await findActivity(tx, actorOf(principal), row.activity_id);
        return row;
      },
      { readOnly: true },
    );
    return {
      status: 200,
      raw: new Response(new Uint8Array(file.data), {
        headers: {
          'Content-Type': servedContentType(file.content_type),
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
          'Content-Length': String(file.size_bytes),
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': "default-src 'none'; sandbox",
          'Cache-Control': 'private, no-store',
        },
      }),
    };
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/attachments/{id}',
  operationId: 'deleteAttachment',
  summary: 'Delete an attachment',
  tag: TAG,
  allow: can('activities', 'update'),
  params: IdParams,
  responses: { 204: { description: 'Deleted.' } },
  async handler({ tx, principal, params }) {
    const row = await tx
      .selectFrom('attachments')
      .select('activity_id')
      .where('workspace_id', '=', principal.workspaceId)
      .where('id', '=', params.id)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'No such attachment.');
    await findActivity(tx, actorOf(principal), row.activity_id, 'update');
    await tx
      .deleteFrom('attachments')
      .where('workspace_id', '=', principal.workspaceId)
      .where('id', '=', params.id)
      .execute();
    return noContent();
  },
});

export const attachmentRoutes = [upload, download, remove];
