import { describe, expect, it } from 'vitest';
import { foldStints, type Stint } from './merge.rules.ts';

const stint = (
  id: string,
  role: string | null,
  started_on: string | null,
  ended_on: string | null,
): Stint => ({
  id,
  role,
  started_on,
  ended_on,
});

describe('folding two records’ stints at one company', () => {
  it.each([
    [
      'current survivor, former other: earliest start, no end',
      [stint('s', 'Manager', '2021-03-01', null)],
      [stint('m', 'Lead', '2018-06-01', '2020-12-31')],
      stint('s', 'Manager', '2018-06-01', null),
    ],
    [
      'both former: latest end; an empty role takes the other’s',
      [stint('s', ' ', '2019-01-01', '2019-12-31')],
      [stint('m', 'Engineer', '2020-01-01', '2022-06-30')],
      stint('s', 'Engineer', '2019-01-01', '2022-06-30'),
    ],
    [
      'dates unknown on one side: the known ones',
      [stint('s', 'Buyer', null, null)],
      [stint('m', null, '2016-01-01', '2018-12-31')],
      stint('s', 'Buyer', '2016-01-01', null),
    ],
    [
      'the survivor had two stints: its current one is kept',
      [stint('old', 'Intern', '2010-01-01', '2011-01-01'), stint('now', null, '2020-01-01', null)],
      [stint('m', 'Director', '2015-01-01', '2016-01-01')],
      stint('now', 'Intern', '2010-01-01', null),
    ],
  ])('%s', (_, survivor, merged, expected) => {
    expect(foldStints(survivor, merged)).toEqual(expected);
  });
});
