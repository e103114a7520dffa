// Custom fields the benchmarks add to the dataset once, with a value for (nearly) every record, and
// keep: defined through the API, filled by one UPDATE with triggers off (a fixture, not a workload:
// no audit rows, no change notices).
import { type RawBuilder, sql } from 'kysely';
import { type Dataset, log } from './dataset.ts';
import { type BenchServer, get } from './http.ts';

export interface BenchField {
  key: string;
  label: string;
  type: 'number' | 'select';
  choices?: string[];
  /** The value of person `p` (its id is `p.id`), or NULL to leave it missing. */
  value: RawBuilder<unknown>;
}

/** The field's id; defined and filled on first use. */
export async function benchField(server: BenchServer, data: Dataset, field: BenchField): Promise<string> {
  const fields = JSON.parse(await get(`${server.api}/custom-fields?objectType=people`, server.headers)) as {
    data: { id: string; key: string }[];
  };
  let id = fields.data.find((f) => f.key === field.key)?.id;
  if (!id) {
    const response = await fetch(`${server.api}/custom-fields`, {
      method: 'POST',
      headers: { ...server.headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        objectType: 'people',
        label: field.label,
        key: field.key,
        type: field.type,
        ...(field.choices ? { choices: field.choices.map((value) => ({ value, label: value })) } : {}),
      }),
    });
    if (response.status !== 201) throw new Error(`custom field: ${response.status} ${await response.text()}`);
    id = ((await response.json()) as { id: string }).id;
  }
  const filled = await sql<{ filled: boolean }>`
    SELECT EXISTS (SELECT 1 FROM people WHERE workspace_id = ${data.workspaceId} AND custom_fields ? ${field.key}::text) AS filled`.execute(
    data.db.kysely,
  );
  if (!filled.rows[0]?.filled) {
    const started = performance.now();
    const updated = await data.db.kysely.transaction().execute(async (tx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(tx);
      return sql`
        UPDATE people p SET custom_fields = p.custom_fields || jsonb_build_object(${field.key}::text, ${field.value})
        WHERE p.workspace_id = ${data.workspaceId} AND ${field.value} IS NOT NULL`.execute(tx);
    });
    await sql`VACUUM ANALYZE people`.execute(data.db.kysely);
    const rows = Number(updated.numAffectedRows ?? 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    log(`gave ${rows.toLocaleString('en')} people a ${field.key} in ${seconds} s`);
  }
  return id;
}
