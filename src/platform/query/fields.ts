import type { RawBuilder } from 'kysely';
import type { FieldType, PositiveOp } from './filter.ts';

/**
 * A field a list can be filtered (and perhaps sorted) on. `sql` reads it in the scope of the list's
 * main table; a field of a related record (`company.industry`) reads it in the related table's scope
 * and says how to reach that table.
 */
export interface FieldDef {
  /** API name: `lastName`, `customFields.shoeSize`, `company.industry`. */
  key: string;
  label: string;
  type: FieldType;
  /** Reads the value, typed (a custom number field is `(p.custom_fields->>'k')::numeric`). */
  sql: RawBuilder<unknown>;
  /** Allowed values of an enum field. */
  values?: readonly string[];
  via?: Relation;
  /**
   * A typed value in the form the field stores it ("Jörg@MÜLLER.de" → "jörg@xn--mller-kva.de"),
   * applied to the values of eq, in, hasAny and hasAll (and their negations) before they are compared,
   * and to the values `indexed` receives for them.
   */
  normalise?: (value: string) => string;
  /**
   * Other forms a typed fragment (contains, startsWith) may take in stored values; the test passes when
   * the fragment as typed or any of these does. A fragment cannot always be put in stored form (a part
   * of an internationalised label has no A-label of its own), so this gives what can be.
   */
  fragments?: (fragment: string) => string[];
  /**
   * The same test written on an index's expression, for the operators and values where it says
   * exactly what `sql` says; undefined where it cannot, and the test reads `sql`.
   */
  indexed?: (op: PositiveOp, value: unknown) => RawBuilder<boolean> | undefined;
}

export interface Relation {
  /** The foreign key in the main table's scope, e.g. sql`p.company_id`. */
  foreignKey: RawBuilder<unknown>;
  /** The related table and the alias `sql` uses, e.g. companies / rc. */
  table: string;
  alias: string;
  /** What the foreign key matches in the related table: its `id` unless said (sql`ic.record_id::uuid`). */
  key?: RawBuilder<unknown>;
  /** The related table keeps deleted rows (deleted_at): a deleted record counts as missing. */
  softDeleted: boolean;
}

export type FieldMap = ReadonlyMap<string, FieldDef>;

export function fieldMap(fields: FieldDef[]): FieldMap {
  return new Map(fields.map((f) => [f.key, f]));
}
