import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { JobDefinition } from './runner.ts';

export const VACUUM_JOB = 'maintenance.vacuum';
/** How often the embedded database is looked at; a look that finds nothing to do costs one query. */
export const VACUUM_EVERY_MS = 10 * 60 * 1000;

/** A table's state as pg_class and pg_stat_user_tables give it. */
export interface TableActivity {
  table: string;
  /** pg_class.reltuples: -1 until the table was first vacuumed or analysed. */
  rows: number;
  /** The heap's size now (pg_class.relpages is only as fresh as the last vacuum). */
  pages: number;
  allVisiblePages: number;
  deadRows: number;
  insertedSinceVacuum: number;
  modifiedSinceAnalyze: number;
}

export interface Upkeep {
  table: string;
  vacuum: boolean;
  analyze: boolean;
}

/**
 * What PostgreSQL's autovacuum would do now, with its default thresholds (vacuum: 50 + 20 % dead rows,
 * or 1,000 + 20 % inserted; analyse: 50 + 10 % changed). PGlite has no autovacuum, and its activity
 * counters start again at zero with each process, so a table whose visibility map covers less than
 * half its pages is vacuumed as well: without it, index-only scans read the heap after all (the
 * embedded lists took 20–25 ms at 100,000 people instead of 11–17).
 */
export function upkeepOf(tables: TableActivity[]): Upkeep[] {
  return tables.flatMap((t) => {
    const rows = Math.max(t.rows, 0);
    const vacuum =
      t.deadRows > 50 + 0.2 * rows ||
      t.insertedSinceVacuum > 1000 + 0.2 * rows ||
      (t.pages > 0 && t.allVisiblePages < t.pages / 2);
    const analyze = t.rows < 0 || t.modifiedSinceAnalyze > 50 + 0.1 * rows;
    return vacuum || analyze ? [{ table: t.table, vacuum, analyze }] : [];
  });
}

async function tableActivity(db: Db): Promise<TableActivity[]> {
  const result = await sql<{
    table: string;
    rows: number;
    pages: number;
    all_visible_pages: number;
    dead_rows: string;
    inserted_since_vacuum: string;
    modified_since_analyze: string;
  }>`
    SELECT s.relname AS table, c.reltuples::float8 AS rows,
           pg_relation_size(c.oid) / current_setting('block_size')::int AS pages,
           c.relallvisible AS all_visible_pages, s.n_dead_tup AS dead_rows,
           s.n_ins_since_vacuum AS inserted_since_vacuum, s.n_mod_since_analyze AS modified_since_analyze
    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
    WHERE s.schemaname = 'public'`.execute(db.kysely);
  return result.rows.map((r) => ({
    table: r.table,
    rows: Number(r.rows),
    pages: Number(r.pages),
    allVisiblePages: Number(r.all_visible_pages),
    deadRows: Number(r.dead_rows),
    insertedSinceVacuum: Number(r.inserted_since_vacuum),
    modifiedSinceAnalyze: Number(r.modified_since_analyze),
  }));
}

/**
 * The embedded database's autovacuum. One table a statement, so requests waiting on the single
 * connection get their turn between tables. A PostgreSQL server has its own autovacuum: nothing to do.
 */
export const vacuumJob: JobDefinition = {
  mode: 'external',
  timeoutSeconds: 1800,
  async handler(_job, { db, signal, logger }) {
    if (db.kind !== 'pglite') return;
    for (const step of upkeepOf(await tableActivity(db))) {
      if (signal.aborted) return;
      const options = step.vacuum && step.analyze ? '(ANALYZE)' : '';
      const command = step.vacuum ? `VACUUM ${options}` : 'ANALYZE';
      const started = Date.now();
      await sql`${sql.raw(command)} ${sql.table(step.table)}`.execute(db.kysely);
      logger.info({ table: step.table, command, ms: Date.now() - started }, 'embedded database upkeep');
    }
  },
};
