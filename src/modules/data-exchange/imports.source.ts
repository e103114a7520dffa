import { Readable, type Transform } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { Db } from '../../platform/db/connect.ts';
import { inWorkspace, type TenantContext } from '../../platform/db/transaction.ts';
import { repairMojibake } from './csv.rules.ts';

/**
 * An uploaded file read back as records, streamed: chunk by chunk from the database, decoded, then
 * split into CSV records or vCards. Only a few chunks are ever in memory, whatever the file's size.
 */
export const MAX_RECORD_BYTES = 1024 * 1024;

/** Chunks in order, each read in its own short transaction (the embedded database has one connection). */
export async function* readChunks(
  db: Db,
  context: TenantContext,
  importId: string,
  count: number,
): AsyncGenerator<Buffer> {
  for (let seq = 0; seq < count; seq++) {
    await new Promise((resolve) => setImmediate(resolve)); // see yieldToRequests in imports.process.ts
    const row = await inWorkspace(db, context, (tx) =>
      tx
        .selectFrom('import_chunks')
        .select('data')
        .where('workspace_id', '=', context.workspaceId)
        .where('import_id', '=', importId)
        .where('seq', '=', seq)
        .executeTakeFirst(),
    );
    if (!row) throw new Error(`chunk ${seq} of import ${importId} is missing`);
    yield Buffer.from(row.data);
  }
}

function decoded(chunks: AsyncIterable<Buffer>, encoding: string): Readable {
  // One chunk waits at most: backpressure holds the reader while a batch is being written.
  const source = Readable.from(chunks, { objectMode: true, highWaterMark: 1 });
  const decoder = iconv.decodeStream(encoding as 'utf-8') as unknown as Transform;
  source.on('error', (error) => decoder.destroy(error));
  return source.pipe(decoder);
}

/** CSV records as arrays of cells; the first is the header. Rows may have more or fewer cells. */
export function csvRecords(chunks: AsyncIterable<Buffer>, encoding: string, delimiter: string): Readable {
  const text = decoded(chunks, encoding);
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  text.on('error', (error) => parser.destroy(error));
  return text.pipe(parser);
}

/**
 * vCards, each as one record of one cell (the card's text). Lines outside BEGIN/END are ignored, as
 * RFC 6350 readers do; a card that never ends is one record too, which will not parse.
 */
export async function* vcardRecords(
  chunks: AsyncIterable<Buffer>,
  encoding: string,
): AsyncGenerator<string[]> {
  let pending = '';
  let card: string[] | undefined;
  let size = 0;
  for await (const piece of decoded(chunks, encoding)) {
    const lines = (pending + String(piece)).split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const upper = line.trim().toUpperCase();
      if (upper === 'BEGIN:VCARD') {
        card = [];
        size = 0;
      }
      if (!card) continue;
      card.push(line);
      size += line.length;
      if (upper === 'END:VCARD' || size > MAX_RECORD_BYTES) {
        yield [card.join('\r\n')];
        card = undefined;
      }
    }
  }
  if (pending.trim()) card?.push(pending);
  if (card && card.length > 0) yield [card.join('\r\n')];
}

/** The records of a file, in order: CSV (the header first) or vCards (no header). */
export async function* fileRecords(
  chunks: AsyncIterable<Buffer>,
  file: { format: 'csv' | 'vcf'; encoding: string; delimiter: string },
): AsyncGenerator<string[]> {
  if (file.format === 'vcf') {
    yield* vcardRecords(chunks, file.encoding);
    return;
  }
  // Cells garbled by an earlier wrong guess of encoding are read as written, as the preview shows them.
  for await (const record of csvRecords(chunks, file.encoding, file.delimiter))
    yield (record as string[]).map(repairMojibake);
}

/** A file that cannot be read (bad CSV, an unknown encoding), as opposed to a failure of ours. */
export function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    (typeof code === 'string' && code.startsWith('CSV_')) || /Encoding not recognized/.test(String(error))
  );
}

/** The line a CSV error is on, as csv-parse reports it. */
export function lineOf(error: unknown): string {
  return String((error as { lines?: unknown }).lines ?? '?');
}
