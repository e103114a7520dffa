import { describe, expect, it } from 'vitest';
import { readingQuestions } from './mapping-questions';

const preview = {
  header: ['Email', 'Mobile', 'Signed', 'Land'],
  rows: [
    ['a@x.example', '06 12 34 56 78', '25/12/2023', 'FR'],
    ['b@x.example', '', '05/01/2024', 'DE'],
  ],
  fields: [
    { key: 'email', label: 'E-mail', type: 'email' },
    { key: 'mobilePhone', label: 'Mobile', type: 'phone' },
    { key: 'country', label: 'Country', type: 'text' },
    { key: 'customFields.fax', label: 'Fax', type: 'phone' },
  ],
};

describe('what the mapping step asks of a file', () => {
  it('asks the date order for columns going into date fields, from their cells', () => {
    const added = [{ key: 'customFields.signed', type: 'date' }];
    const asked = readingQuestions(preview, added, { Signed: 'customFields.signed', Email: 'email' });
    expect(asked.dateColumns).toEqual(['Signed']);
    expect(asked.dates).toMatchObject({ numeric: true, possible: ['dayFirst'] });
    expect(readingQuestions(preview, added, { Signed: null }).dates.numeric).toBe(false);
  });

  it('asks it too for moments: date-time fields and the created date kept from the other system', () => {
    const moments = {
      header: ['Created Date', 'Last Activity'],
      rows: [
        ['02.11.2019', '03.04.2024 09:15'],
        ['15.03.2021 10:22', ''],
      ],
      fields: [{ key: 'createdAt', label: 'Created date', type: 'dateTime' }],
    };
    const created = readingQuestions(moments, [], { 'Created Date': 'createdAt' });
    expect(created.dateColumns).toEqual(['Created Date']);
    expect(created.dates).toMatchObject({ numeric: true, possible: ['dayFirst'] });
    const added = [{ key: 'customFields.lastActivity', type: 'dateTime' }];
    const activity = readingQuestions(moments, added, { 'Last Activity': 'customFields.lastActivity' });
    expect(activity.dateColumns).toEqual(['Last Activity']);
    expect(activity.dates).toMatchObject({ numeric: true, possible: ['dayFirst', 'monthFirst'] });
  });

  it('asks the phone country when a column fills a phone field, built in or custom', () => {
    expect(readingQuestions(preview, [], { Mobile: 'mobilePhone' }).phones).toBe(true);
    expect(readingQuestions(preview, [], { Mobile: 'customFields.fax' }).phones).toBe(true);
    expect(readingQuestions(preview, [], { Mobile: null, Email: 'email' }).phones).toBe(false);
    expect(readingQuestions(preview, [], { Land: 'country' }).rowsHaveCountry).toBe(true);
  });
});
