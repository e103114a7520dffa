import { describe, expect, it } from 'vitest';
import { problemMessage } from './notify';

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
