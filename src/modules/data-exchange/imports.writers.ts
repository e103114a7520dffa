import type { BatchRow } from './imports.batch.ts';

/**
 * Several writers share an import on a server: the database's work per row (generated search
 * columns, indexes, the audit trail) binds an import to one core per writing connection, so a
 * machine with more cores imports faster with more writers. Batches then commit in any order, which
 * is safe only if no two writers ever look up or create the same record at once. Each row therefore
 * names its claims (its e-mails when matching, the company it names): rows sharing a claim go to one
 * writer, which writes them in file order, so a repeated e-mail updates what its first row created
 * exactly as a single writer would. A row whose claims two writers hold waits until every row before
 * it has committed (rare: the same person with another company, say), then goes anywhere.
 */

/**
 * Claims remembered before the router pauses to forget them: a pause waits for the batches in flight
 * (a second or two per 250,000 rows), and keeps the map near 10 MB however large the file.
 */
const MAX_CLAIMS = 250_000;

/** FNV-1a: claims are remembered by a 32-bit hash. A collision only ties two rows to one writer. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The hash's bits mixed (MurmurHash3's finaliser) before it picks a writer. FNV-1a's lowest bit is
 * the parity of its input's characters' lowest bits, so `hash % 2` sent every row whose first claim
 * repeats its digits ("person5@company5.example") to one writer: an import at one writer's speed.
 */
function spread(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Which writer owns each claim seen since the last pause. */
export class Router {
  private readonly owners = new Map<number, number>();
  private readonly writers: number;

  constructor(writers: number) {
    this.writers = writers;
  }

  /** The writer for a row with these claims, or undefined when two writers hold them. */
  route(claims: readonly string[], row: number): number | undefined {
    const hashes = claims.map(hashOf);
    let writer: number | undefined;
    for (const hash of hashes) {
      const owner = this.owners.get(hash);
      if (owner === undefined) continue;
      if (writer !== undefined && owner !== writer) return undefined;
      writer = owner;
    }
    writer ??= spread(hashes[0] ?? row) % this.writers;
    for (const hash of hashes) this.owners.set(hash, writer);
    return writer;
  }

  /** Every row routed so far has committed: no claim is held any more. */
  forget(): void {
    this.owners.clear();
  }

  get full(): boolean {
    return this.owners.size >= MAX_CLAIMS;
  }
}

const NO_CLAIMS: string[] = [];

export interface RoutedOptions<R extends BatchRow> {
  writers: number;
  batchRows: number;
  signal: AbortSignal;
  claims: (row: R) => string[];
  /** Writes and commits one batch (rows in file order); the writer's next batch waits for it. */
  write: (batch: R[]) => Promise<void>;
}

/**
 * Writes rows (in file order, in chunks) through `writers` writers, each with at most one batch in
 * flight while the next is being gathered. The first failure stops every writer; batches already in
 * flight settle before it is thrown, so nothing is written after this returns or throws.
 */
export async function writeRouted<R extends BatchRow>(
  chunks: AsyncIterable<R[]>,
  options: RoutedOptions<R>,
): Promise<void> {
  const router = new Router(options.writers);
  const gathering: R[][] = Array.from({ length: options.writers }, () => []);
  const inFlight: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;

  async function send(writer: number): Promise<void> {
    const batch = gathering[writer] ?? [];
    if (batch.length === 0) return;
    gathering[writer] = [];
    if (options.signal.aborted) throw new Error('the job runner is stopping');
    await inFlight[writer];
    if (failure) throw failure.error;
    const writing = options.write(batch);
    inFlight[writer] = writing;
    writing.catch((error: unknown) => {
      failure ??= { error };
    });
  }

  async function pause(): Promise<void> {
    for (let writer = 0; writer < options.writers; writer++) await send(writer);
    await Promise.allSettled(inFlight);
    if (failure) throw failure.error;
    router.forget();
  }

  try {
    for await (const chunk of chunks) {
      for (const row of chunk) {
        // One writer has no one to share a claim with.
        const claims = options.writers > 1 ? options.claims(row) : NO_CLAIMS;
        let writer = router.full ? undefined : router.route(claims, row.row);
        if (writer === undefined) {
          await pause();
          writer = router.route(claims, row.row) ?? 0;
        }
        const batch = gathering[writer] ?? [];
        batch.push(row);
        gathering[writer] = batch;
        if (batch.length >= options.batchRows) await send(writer);
      }
    }
    await pause();
  } catch (error) {
    await Promise.allSettled(inFlight);
    throw failure?.error ?? error;
  }
}

/** The rows a batch wrote, as the bitmap stored with it (bit i of byte i / 8 is row first + i). */
export function bitmapOf(rows: readonly number[]): { first: number; done: Buffer } {
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const row of rows) {
    first = Math.min(first, row);
    last = Math.max(last, row);
  }
  const done = Buffer.alloc(Math.floor((last - first) / 8) + 1);
  for (const row of rows) {
    const bit = row - first;
    done[bit >> 3] = (done[bit >> 3] ?? 0) | (1 << (bit & 7));
  }
  return { first, done };
}

/** Every row that some committed batch wrote: the union of their bitmaps. */
export class DoneRows {
  private readonly bits: Uint8Array;

  constructor(batches: readonly { first_row: string | number; done: Uint8Array }[]) {
    const last = Math.max(0, ...batches.map((b) => Number(b.first_row) + b.done.length * 8 - 1));
    this.bits = new Uint8Array((last >> 3) + 1);
    for (const batch of batches) {
      const first = Number(batch.first_row);
      batch.done.forEach((byte, index) => {
        for (let bit = 0; bit < 8; bit++)
          if (byte & (1 << bit)) {
            const row = first + index * 8 + bit;
            this.bits[row >> 3] = (this.bits[row >> 3] ?? 0) | (1 << (row & 7));
          }
      });
    }
  }

  has(row: number): boolean {
    return ((this.bits[row >> 3] ?? 0) & (1 << (row & 7))) !== 0;
  }
}
