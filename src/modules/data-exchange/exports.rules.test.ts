import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import {
  csvLines,
  type ExportObject,
  exportColumns,
  headerOf,
  NO_REFS,
  personHandle,
} from './exports.rules.ts';
import { proposeMapping, targetFields } from './mapping.rules.ts';
import { relationKey } from './relations.rules.ts';

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
const partner: CustomFieldDefinition = {
  ...size,
  id: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e50',
  key: 'partner',
  label: 'Partner',
  type: 'relation',
  choices: [],
  target: 'companies',
};
const fields = [size, partner];

describe('an export’s headers for people (labels)', () => {
  it.each<ExportObject>(['people', 'companies'])(
    '%s: every labelled header the import maps back to the field its API name maps to',
    (object) => {
      const chosen = exportColumns(object, fields, undefined);
      if (!('columns' in chosen)) throw new Error('no columns');
      const byName = proposeMapping(object, chosen.columns, fields);
      const labels = chosen.columns.map((c) => headerOf(object, fields, c, true));
      const byLabel = proposeMapping(object, labels, fields);
      chosen.columns.forEach((column, i) => {
        const label = labels[i] ?? '';
        expect(byLabel[label], `${column} as “${label}”`).toBe(byName[column]);
      });
      // A relation's id and its name column each fill their own field back.
      for (const column of ['customFields.partner', 'customFields.partner.name'])
        expect(byName[column]).toBe(column);
      // And the labels are what people read, none of them an API name with a dot or a capital inside.
      for (const label of labels) expect(label).not.toMatch(/\.|[a-z][A-Z]/);
    },
  );
});

describe('a relation in a CSV export', () => {
  const company = '01930f6e-0000-7000-8000-00000000000c';
  const record = { id: 'x', ownerId: null, customFields: { partner: company } } as never;

  it('writes its record’s name beside its id, and nothing for a record no longer there', () => {
    const columns = ['customFields.partner', 'customFields.partner.name'];
    const refs = { ...NO_REFS, recordNames: new Map([[company, 'Acme']]) };
    expect(csvLines('people', fields, columns, [record], true, refs, true)).toBe(
      `Partner,Partner (name)\r\n${company},Acme\r\n`,
    );
    expect(csvLines('people', fields, columns, [record], false, NO_REFS)).toBe(`${company},\r\n`);
  });

  it('is a field of its own in an import, named after what finds the record', () => {
    const referrer = { ...partner, key: 'referredBy', label: 'Referred by', target: 'people' as const };
    const named = targetFields('people', [partner, referrer]).filter((f) =>
      /^customFields.*\.name$/.test(f.key),
    );
    expect(named.map((f) => [f.key, f.label])).toEqual([
      ['customFields.partner.name', 'Partner: name or domain'],
      ['customFields.referredBy.name', 'Referred by: e-mail'],
    ]);
  });

  it('writes a person as a name and an e-mail that an import finds them by', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string()),
        fc.option(fc.string()),
        fc.stringMatching(/^[a-z0-9]{1,12}@[a-z]{1,12}\.example$/),
        (first_name, last_name, email) => {
          const handle = personHandle({ first_name, last_name, email, phone: null });
          expect(relationKey('people', handle)).toEqual({ by: 'email', email });
        },
      ),
    );
  });
});
