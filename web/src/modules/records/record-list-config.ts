import type { ReactNode } from 'react';
import type { RecordField } from './record-fields';
import type { BulkAction, CustomField, RecordObject, RecordOf } from './record-types';

/** One column of a record list; its key is what a saved view stores (views.service.ts checks it). */
export interface RecordColumn<R> {
  key: string;
  label: string;
  /** Pixels; the table lays columns out at fixed widths so virtual rows line up. */
  width: number;
  /** The `sort` the list asks for when this column is sorted; unsortable without. */
  sortKey?: string;
  /** The export columns (data-exchange/exports.rules.ts) this column stands for. */
  exportAs?: readonly string[];
  render: (record: R) => ReactNode;
}

export type BulkActionType = BulkAction['type'];
export type ExportFormat = 'csv' | 'json' | 'vcf';

/** What makes the shared list page a list of people or of companies. */
export interface RecordListConfig<O extends RecordObject> {
  object: O;
  noun: { one: string; many: string };
  title: string;
  description: string;
  /** The filterable fields, given the kind's custom fields and those of the companies records belong to. */
  fields: (custom: readonly CustomField[], companyCustom: readonly CustomField[]) => RecordField[];
  columns: (custom: readonly CustomField[]) => RecordColumn<RecordOf<O>>[];
  /** Always first, never hidden: the record's name, linking to its page. */
  primaryColumn: string;
  defaultColumns: readonly string[];
  defaultSort: string;
  bulkActions: readonly BulkActionType[];
  exportFormats: readonly ExportFormat[];
}
