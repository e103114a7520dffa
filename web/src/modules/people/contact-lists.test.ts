import { describe, expect, it } from 'vitest';
import { type ContactValues, contactBody } from './contact-lists';

const values = (over: Partial<ContactValues> = {}): ContactValues => ({
  email: 'ada@x.example',
  phone: '+44 20 7946 0958',
  otherEmails: [{ value: 'ada@home.example', type: 'personal' }],
  otherPhones: [],
  ...over,
});

describe('contactBody', () => {
  it('sends nothing when nothing changed, and the primary alone when only it changed', () => {
    expect(contactBody(values(), values())).toEqual({});
    expect(contactBody(values({ email: 'ada@new.example' }), values())).toEqual({ email: 'ada@new.example' });
    expect(contactBody(values({ phone: '' }), values())).toEqual({ phone: null });
  });

  it('sends the whole list, primary first with its type, once the others change', () => {
    const after = values({
      otherEmails: [
        { value: ' ada@work2.example ', type: 'work' },
        { value: '', type: 'work' },
      ],
    });
    expect(contactBody(after, values(), { email: 'personal' })).toEqual({
      emails: [
        { address: 'ada@x.example', type: 'personal' },
        { address: 'ada@work2.example', type: 'work' },
      ],
    });
    // Removing every other e-mail keeps the primary, with no type where none was known: the API
    // types it by its domain.
    expect(contactBody(values({ otherEmails: [] }), values())).toEqual({
      emails: [{ address: 'ada@x.example' }],
    });
  });

  it('creates a person with what was given, and no empty list', () => {
    const fresh = values({ email: '', phone: '', otherEmails: [] });
    expect(contactBody(fresh, undefined)).toEqual({});
    expect(contactBody(values({ otherEmails: [] }), undefined)).toEqual({
      email: 'ada@x.example',
      phone: '+44 20 7946 0958',
    });
    expect(contactBody(values({ phone: '' }), undefined)).toEqual({
      emails: [{ address: 'ada@x.example' }, { address: 'ada@home.example', type: 'personal' }],
    });
  });
});
