import { type DateOrderEvidence, dateOrderEvidence } from './date-order';
import type { ImportPreview } from './import-types';

/**
 * Fields whose cells may write day and month as numbers: dates, and moments (a date-time custom
 * field, the created date kept from the other system: "05/12/2023 2:33 PM").
 */
const DATED_TYPES = new Set(['date', 'dateTime']);

export interface ReadingQuestions {
  /** The columns going into date and date-time fields, and what their cells say of day and month. */
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
  added: readonly { key: string; type: string }[],
  mapping: Record<string, string | null>,
): ReadingQuestions {
  const types = new Map([...preview.fields, ...added].map((f) => [f.key, f.type]));
  const fieldOf = (column: string) => mapping[column] ?? null;
  const dateColumns = preview.header.filter((column) => {
    const field = fieldOf(column);
    return field !== null && DATED_TYPES.has(types.get(field) ?? '');
  });
  const cells = dateColumns.flatMap((column) => {
    const index = preview.header.indexOf(column);
    return preview.rows.map((row) => row[index] ?? '');
  });
  const fields = preview.header.map(fieldOf).filter((f): f is string => f !== null);
  return {
    dateColumns,
    dates: dateOrderEvidence(cells),
    phones: fields.some((f) => types.get(f) === 'phone'),
    rowsHaveCountry: fields.includes('country'),
  };
}
