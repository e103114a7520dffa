import type { components } from '../../api/schema.gen';

export type ImportJob = components['schemas']['Import'];
export type ImportPreview = components['schemas']['ImportPreview'];
export type ImportStatus = ImportJob['status'];
export type ImportObject = ImportJob['object'];
export type ImportMode = ImportJob['mode'];
export type UnknownOwner = ImportJob['unknownOwner'];
export type Delimiter = ImportPreview['delimiter'];

/** While these last, the page follows the import's progress. */
export const RUNNING: ReadonlySet<ImportStatus> = new Set(['queued', 'processing']);
export const FINISHED: ReadonlySet<ImportStatus> = new Set(['completed', 'failed', 'cancelled']);
/** Uploading or at its mapping: nothing written yet, so it may still be discarded. */
export const NOT_STARTED: ReadonlySet<ImportStatus> = new Set(['awaiting_upload', 'uploaded']);

export const OBJECT_LABELS: Record<ImportObject, { plural: string; singular: string }> = {
  people: { plural: 'People', singular: 'person' },
  companies: { plural: 'Companies', singular: 'company' },
};

/** vCard files are people only (the API says so too); anything else is read as CSV. */
export function formatOf(file: File): ImportJob['format'] {
  return /\.(vcf|vcard)$/i.test(file.name) ? 'vcf' : 'csv';
}

export type ImportRejection = components['schemas']['ImportRejection'];
export type ImportColumn = components['schemas']['ImportColumn'];

/**
 * A CSV row is named by its line as a spreadsheet shows it (the header is line 1), in the file first
 * imported: a row fixed and rejected again keeps the line the user found it on.
 */
export const lineOf = (rejection: Pick<ImportRejection, 'sourceRow'>) => `Line ${rejection.sourceRow + 1}`;
