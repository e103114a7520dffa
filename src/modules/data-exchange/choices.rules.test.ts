import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import { LIFECYCLE_STAGES } from '../people/index.ts';
import {
  checkValueReadings,
  memberPickList,
  type PickList,
  pickListOf,
  proposeChoice,
  readPick,
} from './choices.rules.ts';
import { personDraft } from './rows.rules.ts';

const colour: CustomFieldDefinition = {
  id: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f',
  key: 'colour',
  label: 'Favourite colour',
  type: 'select',
  required: false,
  unique: false,
  archived: false,
  choices: [
    { value: 'blue', label: 'Blue' },
    { value: 'cold-call', label: 'Cold call' },
    { value: 'tier1', label: 'Tier 1' },
  ],
  currency: null,
  target: null,
};
const colours = { ...colour, key: 'colours', type: 'multiSelect' as const };
const definitions = [colour, colours, { ...colour, key: 'note', type: 'text' as const, choices: [] }];
const select = pickListOf('customFields.colour', definitions) as PickList;
const multi = pickListOf('customFields.colours', definitions) as PickList;
const stages = pickListOf('lifecycleStage', definitions) as PickList;

describe('pick-lists', () => {
  it('are the lifecycle stage and the select and multi-select custom fields, nothing else', () => {
    expect(stages.choices.map((c) => c.label)).toContain('Qualified');
    expect(select.multiple).toBe(false);
    expect(multi.multiple).toBe(true);
    expect(pickListOf('customFields.note', definitions)).toBeUndefined();
    expect(pickListOf('customFields.gone', definitions)).toBeUndefined();
    expect(pickListOf('jobTitle', definitions)).toBeUndefined();
  });

  it('propose a choice by its value or label in any case, then whatever the spacing and punctuation', () => {
    expect(proposeChoice(select, ' COLD CALL ')).toBe('cold-call');
    expect(proposeChoice(select, 'blue')).toBe('blue');
    expect(proposeChoice(select, 'Tier-1')).toBe('tier1');
    expect(proposeChoice(select, 'Purple')).toBeNull();
    expect(proposeChoice(select, '--')).toBeNull();
  });

  it('propose a stage for the names other CRMs give theirs', () => {
    expect(proposeChoice(stages, 'Marketing Qualified Lead')).toBe('qualified');
    expect(proposeChoice(stages, 'Open - Not Contacted')).toBe('lead');
    expect(proposeChoice(stages, 'customer')).toBe('customer');
    expect(proposeChoice(stages, 'In Progress')).toBeNull();
    expect(readPick(stages, 'In Progress')).toEqual({
      ok: false,
      reason: `"In Progress" is not a lifecycle stage (${LIFECYCLE_STAGES.join(', ')}).`,
    });
  });
});

describe('reading a pick-list cell', () => {
  it('takes the proposal, or refuses in the words of the file: the text given, the labels offered', () => {
    expect(readPick(select, 'Cold call')).toEqual({ ok: true, value: ['cold-call'] });
    expect(readPick(multi, 'Blue; cold-call; blue')).toEqual({ ok: true, value: ['blue', 'cold-call'] });
    expect(readPick(select, 'Purple')).toEqual({
      ok: false,
      reason: '"Purple" is not one of its choices (Blue, Cold call, Tier 1).',
    });
    expect(readPick(multi, 'Blue; Mauve')).toEqual({
      ok: false,
      reason: '"Mauve" is not one of its choices (Blue, Cold call, Tier 1).',
    });
  });

  it('reads a text as the readings say, before any proposal; null leaves it out', () => {
    const readings = { Purple: 'blue', 'Cold call': 'tier1', Unknown: null };
    expect(readPick(select, 'Purple', readings)).toEqual({ ok: true, value: ['blue'] });
    expect(readPick(select, 'Cold call', readings)).toEqual({ ok: true, value: ['tier1'] });
    expect(readPick(select, 'Unknown', readings)).toEqual({ ok: true, value: [] });
    expect(readPick(multi, 'Unknown | Purple | Blue', readings)).toEqual({ ok: true, value: ['blue'] });
    expect(readPick(select, 'Mauve', readings).ok).toBe(false);
  });

  it('never throws and gives only choices, whatever the cell and the readings', () => {
    const values = multi.choices.map((c) => c.value);
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.string(), fc.option(fc.constantFrom(...values), { nil: null })),
        (cell, readings) => {
          const read = readPick(multi, cell, readings);
          if (read.ok) expect(read.value.every((v) => values.includes(v))).toBe(true);
        },
      ),
    );
  });

  it('in a row: a stage read as told, a value left out leaves the field as it is', () => {
    const plan = [
      { index: 0, column: 'Stage', field: 'lifecycleStage' },
      { index: 1, column: 'Colour', field: 'customFields.colour' },
    ];
    const reading = {
      definitions,
      values: { Stage: { 'Marketing Qualified Lead': 'lead' }, Colour: { Purple: null } },
    };
    const drafted = personDraft(['Marketing Qualified Lead', 'Purple'], plan, reading);
    expect(drafted).toMatchObject({ ok: true, draft: { input: { lifecycleStage: 'lead' } } });
    expect(drafted.draft?.input.customFields).toBeUndefined();
    expect(personDraft(['Lead', 'Mauve'], plan, reading)).toMatchObject({
      ok: false,
      reason: 'Colour: "Mauve" is not one of its choices (Blue, Cold call, Tier 1).',
    });
  });
});

describe('the owner as a pick-list of members', () => {
  const members = memberPickList([
    { id: 'u1', name: 'Ada Lovelace', email: 'ada@example.com' },
    { id: 'u2', name: 'Sam Sales', email: 'sam@example.com' },
    { id: 'u3', name: 'Sam Sales', email: 'sam.other@example.com' },
  ]);

  it('proposes a member by e-mail, id or full name; a name two members share proposes neither', () => {
    expect(members.choices[0]).toEqual({ value: 'u1', label: 'Ada Lovelace <ada@example.com>' });
    expect(proposeChoice(members, 'ADA@example.com')).toBe('u1');
    expect(proposeChoice(members, 'ada lovelace')).toBe('u1');
    expect(proposeChoice(members, 'u2')).toBe('u2');
    expect(proposeChoice(members, 'sam.other@example.com')).toBe('u3');
    expect(proposeChoice(members, 'Sam Sales')).toBeNull();
    expect(proposeChoice(members, 'Grace Hopper')).toBeNull();
  });

  it('in a row: a name read as the member the readings give, or as no owner', () => {
    const plan = [{ index: 0, column: 'Contact owner', field: 'owner' }];
    const reading = { definitions, values: { 'Contact owner': { 'Ada Lovelace': 'u1', 'Old Rep': null } } };
    expect(personDraft(['Ada Lovelace'], plan, reading).draft?.owner).toBe('u1');
    expect(personDraft(['Old Rep'], plan, reading).draft?.owner).toBeUndefined();
    expect(personDraft(['sam@example.com'], plan, reading).draft?.owner).toBe('sam@example.com');
  });
});

describe('the country as a pick-list of ISO codes', () => {
  const countries = pickListOf('country', []) as PickList;

  it('proposes a code for a code or a name, as rows are read; English names label the choices', () => {
    expect(countries.choices).toContainEqual({ value: 'DE', label: 'Germany' });
    expect(proposeChoice(countries, 'Deutschland')).toBe('DE');
    expect(proposeChoice(countries, 'uk')).toBe('GB');
    expect(proposeChoice(countries, 'Narnia')).toBeNull();
  });

  it('in a row: a country read as told, or left out', () => {
    const plan = [
      { index: 0, column: 'City', field: 'city' },
      { index: 1, column: 'Country', field: 'country' },
    ];
    const reading = { definitions, values: { Country: { Narnia: null, 'Bavaria?': 'DE' } } };
    expect(personDraft(['Munich', 'Bavaria?'], plan, reading).draft?.input.addresses).toEqual([
      { type: 'work', city: 'Munich', country: 'DE' },
    ]);
    expect(personDraft(['Cair Paravel', 'Narnia'], plan, reading).draft?.input.addresses).toEqual([
      { type: 'work', city: 'Cair Paravel' },
    ]);
    expect(personDraft(['Oz', 'Oz'], plan, reading)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Country: "Oz" is not a country'),
    });
  });
});

describe('value readings given with a start', () => {
  const mapping = { Stage: 'lifecycleStage', Colour: 'customFields.colour', Title: 'jobTitle', Skip: null };
  const listOf = (field: string) => pickListOf(field, definitions);

  it('accept choices and null for columns that fill a pick-list', () => {
    expect(
      checkValueReadings({ Stage: { MQL: 'lead', Junk: null }, Colour: { Bleu: 'blue' } }, mapping, listOf),
    ).toEqual([]);
  });

  it('name each problem by its column and text', () => {
    expect(
      checkValueReadings(
        { Stage: { 'a/b': 'hot' }, Title: { CEO: 'x' }, Skip: {}, Nowhere: {} },
        mapping,
        listOf,
      ),
    ).toEqual([
      { path: '/values/Stage/a~1b', message: expect.stringContaining('"hot" is not one of its choices') },
      { path: '/values/Title', message: '"Title" fills a field without choices.' },
      { path: '/values/Skip', message: '"Skip" is not imported: map it to a field with choices first.' },
      {
        path: '/values/Nowhere',
        message: '"Nowhere" is not imported: map it to a field with choices first.',
      },
    ]);
  });
});
