import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BatchRow } from './imports.batch.ts';
import { bitmapOf, DoneRows, Router, writeRouted } from './imports.writers.ts';

/** Rows 1..n, each with a few claims from a small alphabet, so that they collide often. */
const CLAIMS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const claimedRows = fc
  .array(fc.uniqueArray(fc.constantFrom(...CLAIMS), { maxLength: 3 }), {
    minLength: 1,
    maxLength: 120,
  })
  .map((claims) => claims.map((c, i): Claimed => ({ row: i + 1, cells: [], claims: c })));
type Claimed = BatchRow & { claims: string[] };

async function* inChunks<T>(rows: T[], size: number): AsyncGenerator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

describe('routing rows to writers', () => {
  it('sends rows that share a claim to one writer until every writer has committed', () => {
    fc.assert(
      fc.property(claimedRows, fc.integer({ min: 1, max: 4 }), (rows, writers) => {
        const router = new Router(writers);
        let owners = new Map<string, number>();
        for (const row of rows) {
          let writer = router.route(row.claims, row.row);
          if (writer === undefined) {
            // Two writers hold this row's claims: held claims really are split.
            expect(new Set(row.claims.flatMap((c) => owners.get(c) ?? [])).size).toBeGreaterThan(1);
            router.forget();
            owners = new Map();
            writer = router.route(row.claims, row.row);
          }
          expect(writer).toBeGreaterThanOrEqual(0);
          expect(writer).toBeLessThan(writers);
          for (const claim of row.claims) {
            const owner = owners.get(claim);
            if (owner !== undefined) expect(writer).toBe(owner);
            owners.set(claim, writer as number);
          }
        }
      }),
    );
  });

  it('spreads new claims evenly over the writers, however regular they are', () => {
    // Each company's first row: its e-mail repeats the company's number, as in bench/import.ts.
    for (const writers of [2, 3, 4]) {
      const router = new Router(writers);
      const load = new Array<number>(writers).fill(0);
      for (let c = 0; c < 1000; c++) {
        const writer = router.route([`person${c}@company${c}.example`, `name:company ${c}`], c + 1) ?? -1;
        load[writer] = (load[writer] ?? 0) + 1;
      }
      for (const share of load) expect(share / 1000).toBeGreaterThan(0.8 / writers);
    }
  });

  it('writes every row once, in file order per claim, never two batches of one claim at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        claimedRows,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1 }),
        async (rows, writers, batchRows, delays) => {
          const written: number[] = [];
          const held = new Set<string>();
          let turn = 0;
          await writeRouted(inChunks(rows, 7), {
            writers,
            batchRows,
            signal: new AbortController().signal,
            claims: (row: Claimed) => row.claims,
            write: async (batch) => {
              const claims = new Set(batch.flatMap((r) => r.claims));
              for (const claim of claims) expect(held.has(claim)).toBe(false);
              for (const claim of claims) held.add(claim);
              await new Promise((resolve) => setTimeout(resolve, delays[turn++ % delays.length]));
              written.push(...batch.map((r) => r.row));
              for (const claim of claims) held.delete(claim);
            },
          });
          expect([...written].sort((a, b) => a - b)).toEqual(rows.map((r) => r.row));
          for (const claim of CLAIMS) {
            const order = written.filter((n) => rows[n - 1]?.claims.includes(claim));
            expect(order).toEqual([...order].sort((a, b) => a - b));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stops at the first failure, after the batches in flight have settled', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ row: i + 1, cells: [], claims: [`k${i % 4}`] }));
    let settled = 0;
    let started = 0;
    const run = writeRouted(inChunks(rows, 10), {
      writers: 2,
      batchRows: 5,
      signal: new AbortController().signal,
      claims: (row: Claimed) => row.claims,
      write: async () => {
        started++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        settled++;
        if (started === 2) throw new Error('disk on fire');
      },
    });
    await expect(run).rejects.toThrow('disk on fire');
    expect(settled).toBe(started);
    expect(started).toBeLessThan(8);
  });
});

describe('the rows committed batches wrote', () => {
  it('reads back exactly the rows of every batch, however batches interleave', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 3000 }), { maxLength: 400 }),
        fc.integer({ min: 1, max: 5 }),
        (rows, parts) => {
          const batches = Array.from({ length: parts }, (_, k) => rows.filter((_, i) => i % parts === k))
            .filter((batch) => batch.length > 0)
            .map((batch) => {
              const { first, done } = bitmapOf(batch);
              return { first_row: String(first), done };
            });
          const done = new DoneRows(batches);
          const expected = new Set(rows);
          for (let row = 1; row <= 3010; row++) expect(done.has(row)).toBe(expected.has(row));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('reads a prefix written by migration 0030 for imports stopped before it', () => {
    // 13 rows done: what the migration's decode(repeat('ff', 1) || '1f', 'hex') stores.
    const done = new DoneRows([{ first_row: '1', done: Buffer.from('ff1f', 'hex') }]);
    expect(Array.from({ length: 16 }, (_, i) => done.has(i + 1))).toEqual(
      Array.from({ length: 16 }, (_, i) => i < 13),
    );
  });
});
