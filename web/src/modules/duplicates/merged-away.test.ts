import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { formatDate } from '../../ui/format';
import { mergedAwayOf, mergedIntoOf, mergedNoticeText } from './merged-away';

const mergedInto = {
  id: 'p-kept',
  name: 'Jonathan Smithers',
  mergedName: 'Jon Smithers',
  mergedAt: '2026-12-01T10:00:00.000Z',
  mergeId: 'm1',
};
const notFound = {
  status: 404,
  title: 'Not found',
  detail: 'Jon Smithers was merged into Jonathan Smithers.',
};

describe('a record merged away', () => {
  it('is told by its 404, and only by a well-formed one', () => {
    const error = new ApiError({ ...notFound, type: 'https://rapport.dev/problems/not-found', mergedInto });
    expect(error.extensions).toEqual({ mergedInto });
    expect(mergedIntoOf(error)).toEqual(mergedInto);
    expect(
      mergedIntoOf(new ApiError({ ...notFound, mergedInto: { ...mergedInto, mergeId: undefined } })),
    ).toEqual({
      ...mergedInto,
      mergeId: null,
    });
    expect(
      mergedIntoOf(new ApiError({ status: 404, title: 'Not found', detail: 'No such person.' })),
    ).toBeUndefined();
    expect(mergedIntoOf(new ApiError({ ...notFound, mergedInto: { id: 'p-kept' } }))).toBeUndefined();
    expect(mergedIntoOf(new ApiError({ ...notFound, status: 403, mergedInto }))).toBeUndefined();
    expect(mergedIntoOf(new Error('offline'))).toBeUndefined();
  });

  it('says on the page it went into what was merged there, and when', () => {
    expect(mergedAwayOf({ mergedAway: mergedInto })).toEqual(mergedInto);
    expect(mergedAwayOf(null)).toBeUndefined();
    expect(mergedAwayOf({ other: 1 })).toBeUndefined();
    expect(mergedNoticeText(mergedInto, 'person')).toBe(
      `Jon Smithers was merged into this person on ${formatDate(mergedInto.mergedAt)}.`,
    );
  });
});
