import { type RawBuilder, sql } from 'kysely';
import type { FieldDef } from '../../platform/query/fields.ts';
import type { PositiveOp } from '../../platform/query/filter.ts';

/**
 * `importNumber`: the imports that created or changed a record, found in its audit trail, where an
 * import writes as via 'import' with request id `import:N` (imports.process.ts: importContext). A
 * record some import touched passes a test when one of its imports does: "importNumber is 12" finds
 * what import 12 brought in; "is not empty", whatever came from any import.
 *
 * The trail keeps one row per change; the partial index record_changes_import (migration 0037) finds
 * an import's records from its number, the trail's own index a record's imports from its id.
 */
export function importNumberField(objectType: 'person' | 'company', recordId: RawBuilder<unknown>): FieldDef {
  const imported = sql<boolean>`(ic.via = 'import' AND ic.object_type = ${objectType})`;
  return {
    key: 'importNumber',
    label: 'Import',
    type: 'number',
    sql: sql`(CASE WHEN ${imported} AND ic.request_id ~ '^import:[0-9]{1,18}$'
      THEN substr(ic.request_id, 8)::numeric END)`,
    via: {
      foreignKey: recordId,
      table: 'record_changes',
      alias: 'ic',
      key: sql`ic.record_id::uuid`,
      softDeleted: false,
    },
    indexed: (op, value) => byRequestId(imported, op, value),
  };
}

// "Is N" and "is any of" name whole request ids, which the index holds as they are.
function byRequestId(imported: RawBuilder<boolean>, op: PositiveOp, value: unknown) {
  const requestId = (n: unknown) => (Number.isSafeInteger(n) ? `import:${n}` : undefined);
  if (op === 'eq') {
    const id = requestId(value);
    return id === undefined ? sql<boolean>`false` : sql<boolean>`(${imported} AND ic.request_id = ${id})`;
  }
  if (op === 'in' && Array.isArray(value)) {
    const ids = value.flatMap((n) => requestId(n) ?? []);
    return sql<boolean>`(${imported} AND ic.request_id = ANY(${ids}::text[]))`;
  }
  return undefined;
}
