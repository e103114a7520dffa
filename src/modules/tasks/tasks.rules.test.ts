import { describe, expect, it } from 'vitest';
import { completionChange, doneSubject, taskOwner } from './tasks.rules.ts';

describe('completing and reopening', () => {
  it.each([
    // current status (undefined: being created), status written, what completed_at becomes
    [undefined, undefined, 'keep'],
    [undefined, 'open', 'keep'],
    [undefined, 'done', 'set'],
    ['open', undefined, 'keep'],
    ['open', 'open', 'keep'],
    ['open', 'done', 'set'],
    ['done', 'done', 'keep'],
    ['done', 'open', 'clear'],
    ['done', undefined, 'keep'],
  ] as const)('%s then %s: %s', (current, next, expected) => {
    expect(completionChange(current, next)).toBe(expected);
  });
});

describe('whose task it is', () => {
  it.each([
    ['u-assignee', 'u-author', 'u-assignee'],
    [null, 'u-author', 'u-author'],
    ['u-assignee', null, 'u-assignee'],
    [null, null, null],
  ] as const)('assigned to %s, written by %s: %s’s', (assignee, author, owner) => {
    expect(taskOwner({ assignee_id: assignee, created_by: author })).toBe(owner);
  });
});

it('says in the history which task was done', () => {
  expect(doneSubject('Send the quote')).toBe('Task done: Send the quote');
});
