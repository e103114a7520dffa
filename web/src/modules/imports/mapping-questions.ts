import { type DateOrderEvidence, dateOrderEvidence } from './date-order';
import type { ImportPreview } from './import-types';

/** The built-in fields that hold phone numbers (people's and companies'). */
const PHONE_FIELDS = new Set(['phone', 'phones', 'mobilePhone', 'workPhone', 'homePhone']);
/** The built-in field read as a moment, as date-time custom fields are: its date may be "05/12/2023 2:33 PM". */
const MOMENT_FIELDS = new Set(['createdAt']);
/** Custom fields whose cells may write day and month as numbers. */
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
  added: readonly { key: string; type: string | null }[],
  mapping: Record<string, string | null>,
): ReadingQuestions {
  const types = new Map([...preview.fields, ...added].map((f) => [f.key, f.type]));
  const fieldOf = (column: string) => mapping[column] ?? null;
  const dateColumns = preview.header.filter((column) => {
    const field = fieldOf(column);
    return field !== null && (MOMENT_FIELDS.has(field) || DATED_TYPES.has(types.get(field) ?? ''));
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
