import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePairs } from '../../src/platform/events/changes.ts';
import { freshDatabase, type TestDatabase } from '../support/test-database.ts';

// Migration 0032 writes creations and deletions as snapshots of the row instead of diffs against
// nothing. Readers turn a snapshot back into pairs; that is only right if the pairs are exactly what
// rapport_jsonb_diff (still the function that writes updates) gives for the same row, for any row.

let database: TestDatabase;

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.drop());

const noNul = (s: string) => !s.includes('\u0000');
const columnName = fc.oneof(
  fc.constantFrom('id', 'first_name', 'tags', 'password_hash', 'secret_hash', 'search_vector'),
  fc.constantFrom('workspace_id', 'created_at', 'updated_at', 'version'),
  fc.string({ maxLength: 12 }).filter(noNul),
);
const value = fc.oneof(
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }).filter((v) => noNul(JSON.stringify(v))),
);
const row = fc.dictionary(columnName, value, { maxKeys: 12 });
const names = fc.array(columnName, { maxLength: 4 });

describe('migration 0032: a snapshot reads back as the diff it replaces', () => {
  it('for any row and any ignored and masked columns, created and deleted alike', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(row, names, names), { minLength: 1, maxLength: 20 }),
        async (cases) => {
          const { rows } = await sql<{
            snapshot: Record<string, unknown>;
            created: Record<string, [unknown, unknown]>;
            deleted: Record<string, [unknown, unknown]>;
          }>`
            SELECT rapport_row_snapshot(r, i::text[], m::text[]) AS snapshot,
                   rapport_jsonb_diff(NULL, r, i::text[], m::text[]) AS created,
                   rapport_jsonb_diff(r, NULL, i::text[], m::text[]) AS deleted
            FROM unnest(${cases.map(([r]) => JSON.stringify(r))}::jsonb[],
                        ${cases.map(([, i]) => JSON.stringify(i))}::jsonb[],
                        ${cases.map(([, , m]) => JSON.stringify(m))}::jsonb[]) AS c(r, ij, mj),
                 LATERAL (SELECT ARRAY(SELECT jsonb_array_elements_text(ij)) AS i,
                                 ARRAY(SELECT jsonb_array_elements_text(mj)) AS m) arrays`.execute(
            database.db.kysely,
          );
          for (const [index, result] of rows.entries()) {
            const label = JSON.stringify(cases[index]);
            expect(changePairs('created', result.snapshot, true), label).toEqual(result.created);
            expect(changePairs('deleted', result.snapshot, true), label).toEqual(result.deleted);
          }
        },
      ),
      // A column named "__proto__" (found by fast-check): the reader must keep it as a field.
      { numRuns: 100, examples: [[[[{ ['__proto__']: {}, name: 'Ada' }, [], []]]]] },
    );
  });

  it('the trigger writes snapshots for creations and deletions, diffs for updates', async () => {
    const db = database.db.kysely;
    const ws = await sql<{
      id: string;
    }>`INSERT INTO workspaces (name) VALUES ('Snapshots') RETURNING id`.execute(db);
    const workspaceId = ws.rows[0]?.id;
    const created = await sql<{ id: string; diff: Record<string, [unknown, unknown]> }>`
      INSERT INTO people (workspace_id, first_name, last_name, emails, tags, custom_fields)
      VALUES (${workspaceId}, 'Ada', NULL, '[{"address": "ada@x.test", "label": null}]', '{a,b}', '{"tier": null}')
      RETURNING id,
        rapport_jsonb_diff(NULL, to_jsonb(people.*),
          '{search_name,name_keys,search_vector,email,phone,email_index,phone_index,lifecycle_changed_at,last_contacted_at,last_contacted_by}', '{}') AS diff`.execute(
      db,
    );
    const person = created.rows[0];
    await sql`UPDATE people SET last_name = 'Lovelace' WHERE workspace_id = ${workspaceId} AND id = ${person?.id}`.execute(
      db,
    );
    await sql`DELETE FROM people WHERE workspace_id = ${workspaceId} AND id = ${person?.id}`.execute(db);
    const trail = await sql<{
      action: 'created' | 'updated' | 'deleted';
      changes: Record<string, unknown>;
      snapshot: boolean;
    }>`
      SELECT action, changes, snapshot FROM record_changes
      WHERE workspace_id = ${workspaceId} AND object_type = 'person' ORDER BY id`.execute(db);
    expect(trail.rows.map((r) => [r.action, r.snapshot])).toEqual([
      ['created', true],
      ['updated', false],
      ['deleted', true],
    ]);
    const [creation, update, deletion] = trail.rows;
    expect(changePairs('created', creation?.changes ?? {}, true)).toEqual(person?.diff);
    // Nested nulls are the person's own data and stay; a null column is left out, as before.
    expect(creation?.changes.emails).toEqual([{ address: 'ada@x.test', label: null }]);
    expect(changePairs('created', creation?.changes ?? {}, true)).not.toHaveProperty('last_name');
    expect(update?.changes).toEqual({ last_name: [null, 'Lovelace'] });
    expect(changePairs('deleted', deletion?.changes ?? {}, true)).toMatchObject({
      first_name: ['Ada', null],
      last_name: ['Lovelace', null],
    });
  });

  it('a masked column says it held a value, never the value', async () => {
    const db = database.db.kysely;
    const ws = await sql<{
      id: string;
    }>`INSERT INTO workspaces (name) VALUES ('Masked') RETURNING id`.execute(db);
    const workspaceId = ws.rows[0]?.id;
    // A user belongs to no workspace: the trail files the change under the one the writer acts in.
    const user = await db.transaction().execute(async (tx) => {
      await sql`SELECT set_config('app.workspace_id', ${workspaceId}, true)`.execute(tx);
      return sql<{ id: string }>`
        INSERT INTO users (email, name, password_hash) VALUES ('masked@x.test', 'Masked', 'argon2-secret')
        RETURNING id`.execute(tx);
    });
    const trail = await sql<{ changes: Record<string, unknown>; snapshot: boolean }>`
      SELECT changes, snapshot FROM record_changes
      WHERE object_type = 'user' AND record_id = ${user.rows[0]?.id}`.execute(db);
    expect(trail.rows).toHaveLength(1);
    expect(trail.rows[0]?.snapshot).toBe(true);
    expect(JSON.stringify(trail.rows[0]?.changes)).not.toContain('argon2-secret');
    expect(changePairs('created', trail.rows[0]?.changes ?? {}, true)).toMatchObject({
      password_hash: [null, '[redacted]'],
      email: [null, 'masked@x.test'],
    });
  });
});
