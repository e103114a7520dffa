import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import { type ExportObject, exportColumns, headerOf } from './exports.rules.ts';
import { proposeMapping } from './mapping.rules.ts';

const size: CustomFieldDefinition = {
  id: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f',
  key: 'accountTier',
  label: 'Account tier',
  type: 'select',
  required: false,
  unique: false,
  archived: false,
  choices: [{ value: 'gold', label: 'Gold' }],
  currency: null,
  target: null,
};

describe('an export’s headers for people (labels)', () => {
  it.each<ExportObject>(['people', 'companies'])(
    '%s: every labelled header the import maps back to the field its API name maps to',
    (object) => {
      const chosen = exportColumns(object, [size], undefined);
      if (!('columns' in chosen)) throw new Error('no columns');
      const byName = proposeMapping(object, chosen.columns, [size]);
      const labels = chosen.columns.map((c) => headerOf(object, [size], c, true));
      const byLabel = proposeMapping(object, labels, [size]);
      chosen.columns.forEach((column, i) => {
        const label = labels[i] ?? '';
        expect(byLabel[label], `${column} as “${label}”`).toBe(byName[column]);
      });
      // And the labels are what people read, none of them an API name with a dot or a capital inside.
      for (const label of labels) expect(label).not.toMatch(/\.|[a-z][A-Z]/);
    },
  );
});
