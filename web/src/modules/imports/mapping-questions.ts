import { type DateOrderEvidence, dateOrderEvidence } from './date-order';
import type { ImportPreview } from './import-types';

/** The built-in fields that hold phone numbers (people's and companies'). */
const PHONE_FIELDS = new Set(['phone', 'phones', 'mobilePhone', 'workPhone', 'homePhone']);

export interface ReadingQuestions {
  /** The columns going into date fields, and what their previewed cells say of day and month. */
  dateColumns: string[];
  dates: DateOrderEvidence;
  /** Some column fills a phone field: the country of numbers without their +code is asked. */
  phones: boolean;
  /** A column gives each row's country, which comes before the import's. */
  rowsHaveCountry: boolean;
}

/**
 * What the mapping step must ask about how the file writes values, from the fields its columns
 * fill (the preview's, and those created since it was read) and the cells it previews.
 */
export function readingQuestions(
  preview: Pick<ImportPreview, 'header' | 'rows' | 'fields'>,
  added: readonly { key: string; type: string | null }[],
  mapping: Record<string, string | null>,
): ReadingQuestions {
  const types = new Map([...preview.fields, ...added].map((f) => [f.key, f.type]));
  const fieldOf = (column: string) => mapping[column] ?? null;
  const dateColumns = preview.header.filter((column) => {
    const field = fieldOf(column);
    return field !== null && types.get(field) === 'date';
  });
  const cells = dateColumns.flatMap((column) => {
    const index = preview.header.indexOf(column);
    return preview.rows.map((row) => row[index] ?? '');
  });
  const fields = preview.header.map(fieldOf).filter((f): f is string => f !== null);
  return {
    dateColumns,
    dates: dateOrderEvidence(cells),
    phones: fields.some((f) => PHONE_FIELDS.has(f) || types.get(f) === 'phone'),
    rowsHaveCountry: fields.includes('country'),
  };
}
