import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPerson, PersonInput } from '../people/index.ts';
import { type RunContext, shapeProblem, unreadRowProblem, zodErrors } from './imports.batch.ts';
import { columnsInReason } from './reason-columns.rules.ts';
import { cellProblem, inputProblem, joinProblems, onColumns, rowProblem } from './row-problems.rules.ts';
import { personDraft } from './rows.rules.ts';

/** A column's name, as a problem worded after it can carry it: no ": " inside, no outer spaces. */
const columnName = fc
  .string({ minLength: 1, maxLength: 20 })
  .filter((s) => !s.includes(': ') && s.trim() === s);

const plan = [
  { index: 0, column: 'First Name', field: 'firstName' },
  { index: 1, column: 'Email', field: 'email' },
  { index: 2, column: 'Email 2', field: 'emails' },
  { index: 3, column: 'Create Date', field: 'createdAt' },
  { index: 4, column: 'Phone', field: 'phone' },
  { index: 5, column: 'Contact owner', field: 'owner' },
  { index: 6, column: 'Account', field: 'company.name' },
  { index: 7, column: 'Referrer', field: 'customFields.referrer' },
];
const planColumns = plan.map((p) => p.column);

function personErrors(input: PersonInput) {
  const parsed = PersonInput.safeParse(input);
  return parsed.success
    ? cleanPerson(parsed.data, undefined, { defaultCountry: 'US', definitions: [] }).errors
    : zodErrors(parsed.error);
}

/** A row's problem as a people import finds it before the database is asked. */
function problemOfRow(cells: string[]) {
  const drafted = personDraft(cells, plan, { definitions: [] });
  if (drafted.ok) return inputProblem(personErrors(drafted.draft.input), drafted.draft.columns);
  return unreadRowProblem(drafted, personErrors);
}

describe('the columns a row’s problem is on', () => {
  it('are every bad cell’s, whether the row could not read it or the API refused its value', () => {
    const problem = problemOfRow(['Ada', 'x', 'y', '31.12.2099', '12']);
    expect(problem).toEqual({
      reason:
        'Create Date: "31.12.2099" is in the future: a record cannot have been created then. Email 2: "y" is not an e-mail address. Email: "x" is not an e-mail address. Phone: "12" is not a possible phone number.',
      columns: ['Create Date', 'Email 2', 'Email', 'Phone'],
    });
    // As migration 0048 gave them to the rows rejected before it.
    expect(new Set(columnsInReason(problem.reason, planColumns))).toEqual(new Set(problem.columns));
  });

  it('are none for a problem no cell gives', () => {
    const problem = problemOfRow(['', '', '', '', '']);
    expect(problem).toEqual({ reason: expect.stringMatching(/^Give at least a name/), columns: [] });
    const run = { format: 'csv', plan, width: 3 } as RunContext;
    expect(shapeProblem({ row: 1, cells: ['a', 'b'] }, run)).toEqual({
      reason: 'This row has 2 cells where the header has 3: a value may lack its quotes.',
      columns: [],
    });
  });

  it('is the column of a cell the database cannot store, when the mapping names it', () => {
    const run = { format: 'csv', plan: plan.slice(0, 2), width: 3 } as RunContext;
    expect(shapeProblem({ row: 1, cells: ['Ada', 'a\u0000b', 'c'] }, run)?.columns).toEqual(['Email']);
    expect(shapeProblem({ row: 1, cells: ['Ada', 'b', 'c\u0000'] }, run)).toEqual({
      reason: expect.stringMatching(/^Column 3: /),
      columns: [],
    });
  });

  it('is the column mapped to the field a looked-up reference came by', () => {
    const owner = { reason: 'Owner: no active member "Email: a@b.example".', fields: ['owner'] };
    expect(onColumns(owner, plan).columns).toEqual(['Contact owner']);
    const relation = { reason: 'Referred by: no such person.', fields: ['customFields.referrer'] };
    expect(onColumns(relation, plan).columns).toEqual(['Referrer']);
    const company = { reason: 'Company name: at most 300 characters.', fields: ['company', 'company.name'] };
    expect(onColumns(company, plan)).toEqual({ reason: company.reason, columns: ['Account'] });
    expect(onColumns(owner, plan.slice(0, 5)).columns).toEqual([]);
  });

  it('are named after the API’s error paths, the longest that matches', () => {
    const columns = { '/emails': 'Email 2', '/emails/1': 'Email 3' };
    expect(
      inputProblem(
        [
          { path: '/emails/1/address', message: '"z" is not an e-mail address.' },
          { path: '/emails/0/address', message: '"y" is not an e-mail address.' },
          { path: '', message: 'Give at least a name, an e-mail or a phone.' },
        ],
        columns,
      ),
    ).toEqual({
      reason:
        'Email 3: "z" is not an e-mail address. Email 2: "y" is not an e-mail address. Give at least a name, an e-mail or a phone.',
      columns: ['Email 3', 'Email 2'],
    });
  });

  it('join: the texts in turn, each column once, as the reason names them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(columnName, { minLength: 1, maxLength: 4 }), (names) => {
        const problem = joinProblems([
          ...names.map((n) => cellProblem(n, '"?" is not right.')),
          rowProblem('Nothing to import.'),
          ...names.map((n) => cellProblem(n, '"!" is not right either.')),
        ]);
        expect(problem.reason).toBe(
          [
            ...names.map((n) => `${n}: "?" is not right.`),
            'Nothing to import.',
            ...names.map((n) => `${n}: "!" is not right either.`),
          ].join(' '),
        );
        expect(problem.columns).toEqual(names);
        expect(new Set(columnsInReason(problem.reason, names))).toEqual(new Set(names));
      }),
    );
  });
});

describe('the columns migration 0048 read from a rejected row’s reason', () => {
  const columns = ['First Name', 'Email', 'Email 2', 'Create Date', 'Phone'];

  it('finds each problem’s column, however many the reason gives', () => {
    const reason =
      'Create Date: "31.12.2099" is in the future: a record cannot have been created then. Email: "x" is not an e-mail address. Phone: "12" is not a valid phone number in US: write it with its country code (+…).';
    expect(columnsInReason(reason, columns)).toEqual(['Email', 'Create Date', 'Phone']);
    expect(columnsInReason('Email 2: "y" is not an e-mail address.', columns)).toEqual(['Email 2']);
  });

  it('names none for a problem of the whole row, or a column only quoted in a message', () => {
    expect(columnsInReason('Give at least a name, an e-mail or a phone.', columns)).toEqual([]);
    expect(columnsInReason('Owner: no active member "Email: a@b.example".', columns)).toEqual([]);
  });

  it('finds any column whose problem starts the reason or follows a sentence', () => {
    fc.assert(
      fc.property(fc.uniqueArray(columnName, { minLength: 2, maxLength: 4 }), (names) => {
        const reason = names.map((n) => `${n}: "?" is not right.`).join(' ');
        for (const n of names) expect(columnsInReason(reason, names)).toContain(n);
      }),
    );
  });
});
