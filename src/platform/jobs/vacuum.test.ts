import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, quietLogger, type TestDatabase } from '../../../tests/support/test-database.ts';
import { type TableActivity, upkeepOf, vacuumJob } from './vacuum.ts';

const settled: TableActivity = {
  table: 'people',
  rows: 100_000,
  pages: 10_000,
  allVisiblePages: 10_000,
  deadRows: 0,
  insertedSinceVacuum: 0,
  modifiedSinceAnalyze: 0,
};

describe('what the embedded database’s upkeep does', () => {
  it('leaves a settled table alone, and acts at autovacuum’s default thresholds', () => {
    expect(upkeepOf([settled])).toEqual([]);
    const at = (change: Partial<TableActivity>) => upkeepOf([{ ...settled, ...change }])[0];
    expect(at({ deadRows: 20_050 })).toBeUndefined();
    expect(at({ deadRows: 20_051 })).toEqual({ table: 'people', vacuum: true, analyze: false });
    expect(at({ insertedSinceVacuum: 21_001 })).toEqual({ table: 'people', vacuum: true, analyze: false });
    expect(at({ modifiedSinceAnalyze: 10_051 })).toEqual({ table: 'people', vacuum: false, analyze: true });
  });

  it('vacuums a table whose visibility map is mostly unset (counters start at zero in each process)', () => {
    expect(upkeepOf([{ ...settled, allVisiblePages: 4_999 }])).toEqual([
      { table: 'people', vacuum: true, analyze: false },
    ]);
    expect(upkeepOf([{ ...settled, pages: 0, allVisiblePages: 0, rows: 0 }])).toEqual([]);
  });

  it('analyses a table never analysed', () => {
    expect(upkeepOf([{ ...settled, rows: -1, pages: 0, allVisiblePages: 0 }])).toEqual([
      { table: 'people', vacuum: false, analyze: true },
    ]);
  });
});

describe('the upkeep job', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database.drop());

  const state = async () =>
    (
      await sql<{ vacuumed: boolean; analysed: boolean; pages: number; visible: number }>`
        SELECT s.last_vacuum IS NOT NULL AS vacuumed, s.last_analyze IS NOT NULL AS analysed,
               c.relpages AS pages, c.relallvisible AS visible
        FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
        WHERE s.relname = 'upkeep_probe'`.execute(database.db.kysely)
    ).rows[0];

  it('vacuums and analyses what changed on the embedded database; leaves a server to its autovacuum', async () => {
    const kysely = database.db.kysely;
    await sql`CREATE TABLE upkeep_probe (id int PRIMARY KEY, label text)`.execute(kysely);
    await sql`INSERT INTO upkeep_probe SELECT i, 'row ' || i FROM generate_series(1, 20000) i`.execute(
      kysely,
    );
    await sql`DELETE FROM upkeep_probe WHERE id % 3 = 0`.execute(kysely);
    await vacuumJob.handler(
      { id: '1', kind: 'maintenance.vacuum', payload: {}, workspaceId: null, attempts: 1 } as never,
      { db: database.db, signal: new AbortController().signal, logger: quietLogger } as never,
    );
    const after = await state();
    if (database.db.kind === 'pglite') {
      expect(after).toMatchObject({ vacuumed: true, analysed: true });
      expect(after?.visible).toBe(after?.pages);
      const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM upkeep_probe`.execute(kysely);
      expect(count.rows[0]?.n).toBe(13_334);
    } else {
      expect(after).toMatchObject({ vacuumed: false });
    }
  });
});
