import { describe, expect, it } from 'vitest';
import { problemMessage, problemReasons, readingTime } from './notify';

describe('problemMessage', () => {
  it('names each field before its message, and gives a message about the whole body as it is', () => {
    const problem = (errors: { path: string; message: string }[], detail = 'The person is not valid.') => ({
      title: 'Validation failed',
      detail,
      errors,
    });
    expect(problemMessage(problem([{ path: '', message: 'Give at least a name or an e-mail.' }]))).toBe(
      'The person is not valid. Give at least a name or an e-mail.',
    );
    expect(problemMessage(problem([{ path: '/emails/0/address', message: 'Not an e-mail.' }]))).toBe(
      'The person is not valid. address: Not an e-mail.',
    );
    expect(problemMessage(problem([{ path: '/newPassword', message: 'Too short.' }], ''))).toBe(
      'new password: Too short.',
    );
    expect(problemMessage(problem([], ''))).toBe('Validation failed');
    // A filter's messages name their field; its pointer is a place in its tree.
    const filter = [{ path: '/filter/and/1/value', message: 'Plan: give one of basic.' }];
    expect(problemMessage(problem(filter, 'The filter is not valid.'))).toBe(
      'The filter is not valid. Plan: give one of basic.',
    );
  });
});

describe('problemReasons', () => {
  it('names the query parameter a failed read was refused for, and says each reason once', () => {
    const errors = [
      { path: '/query/limit', message: 'Too big.' },
      { path: '/filter/or/0/value', message: 'Plan: give one of basic.' },
      { path: '/filter/or/1/value', message: 'Plan: give one of basic.' },
    ];
    expect(problemReasons({ errors })).toEqual(['limit: Too big.', 'Plan: give one of basic.']);
  });
});

describe('readingTime', () => {
  it('keeps a short line its least time, a long one until it can be read, and none past 20 s', () => {
    expect(readingTime('Bob is saved.', 4000)).toBe(4000);
    const archived =
      '“Contract value” archived. Its values are kept until you delete it. The views “Big renewals” and “Renewals” filter or sort by it, and say so until the field is restored.';
    expect(readingTime(archived, 4000)).toBe(1000 + 30 * 250);
    expect(readingTime('word '.repeat(500), 4000)).toBe(20_000);
  });
});
