import { describe, expect, it } from 'vitest';
import { viewsSentence } from './views-naming';

const views = (names: string[], privateOfOthers = 0) => ({
  data: names.map((name) => ({ name })),
  privateOfOthers,
});

describe('viewsSentence', () => {
  it('says nothing when no view filters or sorts by the field', () => {
    expect(viewsSentence(views([]), 'archived')).toBe('');
    expect(viewsSentence(views([]), 'deleted')).toBe('');
  });

  it('names the views the member may read, and counts those others keep private', () => {
    expect(viewsSentence(views(['Big feet']), 'archived')).toBe(
      'The view “Big feet” filters or sorts by it, and says so until the field is restored.',
    );
    expect(viewsSentence(views(['A', 'B', 'C']), 'deleted')).toBe(
      'The views “A”, “B” and “C” filter or sort by it: each will name a deleted field until it is saved without it.',
    );
    expect(viewsSentence(views(['A'], 1), 'archived')).toBe(
      'The view “A”, and 1 private view of another member, filter or sort by it, and say so until the field is restored.',
    );
    expect(viewsSentence(views([], 1), 'deleted')).toBe(
      '1 private view of another member filters or sorts by it: it will name a deleted field until it is saved without it.',
    );
    expect(viewsSentence(views([], 3), 'archived')).toBe(
      '3 private views of other members filter or sort by it, and say so until the field is restored.',
    );
  });
});
