import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLoggedByHand, type LoggedEntry, loggedEntryBody, plainTextHtml } from './logged-entries';
import type { Activity } from './record-types';

const logged = (fields: Partial<LoggedEntry>): LoggedEntry => ({
  kind: 'note',
  direction: 'outbound',
  when: '',
  subject: '',
  html: '<p>Hi</p>',
  ...fields,
});
const person = { object: 'people' as const, id: 'p1' };

describe('loggedEntryBody', () => {
  it('sends a note as its text alone, about the person or the company', () => {
    expect(loggedEntryBody(logged({ subject: 'ignored', when: '2026-03-01T10:00' }), person)).toEqual({
      type: 'note',
      bodyHtml: '<p>Hi</p>',
      personIds: ['p1'],
    });
    expect(loggedEntryBody(logged({ html: null }), { object: 'companies', id: 'c1' })).toEqual({
      type: 'note',
      bodyHtml: undefined,
      companyId: 'c1',
    });
  });

  it('sends a call and an e-mail with their direction; a meeting without one', () => {
    const when = '2026-03-01T10:30';
    expect(
      loggedEntryBody(logged({ kind: 'call', direction: 'inbound', when, subject: '  Pricing ' }), person),
    ).toEqual({
      type: 'call',
      bodyHtml: '<p>Hi</p>',
      personIds: ['p1'],
      direction: 'inbound',
      subject: 'Pricing',
      occurredAt: new Date(when).toISOString(),
    });
    expect(loggedEntryBody(logged({ kind: 'email', html: null }), person)).toEqual({
      type: 'email',
      bodyHtml: undefined,
      personIds: ['p1'],
      direction: 'outbound',
    });
    const meeting = loggedEntryBody(logged({ kind: 'meeting', subject: ' ' }), person);
    expect(meeting).not.toHaveProperty('direction');
    expect(meeting).not.toHaveProperty('subject');
    expect(meeting).not.toHaveProperty('occurredAt');
  });
  it('on a company’s page, names the person of theirs it was with', () => {
    const company = { object: 'companies' as const, id: 'c1' };
    expect(loggedEntryBody(logged({ kind: 'call', withPersonId: 'p2' }), company)).toMatchObject({
      companyId: 'c1',
      personIds: ['p2'],
    });
    expect(loggedEntryBody(logged({ kind: 'call', withPersonId: null }), company)).not.toHaveProperty(
      'personIds',
    );
    // A person's page names its person already.
    expect(loggedEntryBody(logged({ kind: 'call', withPersonId: 'p2' }), person)).toMatchObject({
      personIds: ['p1'],
    });
  });
});

describe('isLoggedByHand', () => {
  const entry = (type: Activity['type'], actorType: Activity['actor']['type']) =>
    ({ type, actor: { type: actorType, userId: null, personId: null, personName: null } }) as Activity;
  it('is what a member wrote as a note, call, meeting or e-mail', () => {
    for (const type of ['note', 'call', 'meeting', 'email'] as const)
      expect(isLoggedByHand(entry(type, 'user'))).toBe(true);
    expect(isLoggedByHand(entry('email', 'person'))).toBe(false);
    expect(isLoggedByHand(entry('stage_change', 'system'))).toBe(false);
    expect(isLoggedByHand(entry('task', 'user'))).toBe(false);
    expect(isLoggedByHand(entry('order', 'user'))).toBe(false);
  });
});

describe('plainTextHtml', () => {
  it('makes paragraphs at blank lines and keeps line breaks', () => {
    expect(plainTextHtml('One\nline two\n\nThree')).toBe('<p>One<br>line two</p><p>Three</p>');
    expect(plainTextHtml('')).toBe('');
  });

  it('leaves no markup of the text’s own', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const html = plainTextHtml(text);
        const stripped = html.replace(/<\/?p>|<br>/g, '');
        expect(stripped).not.toMatch(/[<>"]/);
        // What the text said is still there, once unescaped.
        const back = stripped.replace(
          /&lt;|&gt;|&quot;|&amp;/g,
          (e) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&amp;': '&' })[e] ?? e,
        );
        expect(back.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});
