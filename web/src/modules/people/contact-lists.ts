import type { ContactEntry } from './components/OtherContactsInput';

/** The contact half of the person form: the primary e-mail and phone, and the others. */
export interface ContactValues {
  email: string;
  phone: string;
  otherEmails: ContactEntry[];
  otherPhones: ContactEntry[];
}

interface ContactBody {
  email?: string | null;
  phone?: string | null;
  emails?: { address: string; type?: string }[];
  phones?: { number: string; type?: string }[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What the form sends about e-mails and phones. The API's `email` and `phone` change only the
 * primary and keep the others, so they are sent while the others are untouched; once the others
 * change, the whole list goes (`emails`, `phones`), the primary first with the type it had (a new one
 * without: the API types it, an e-mail by its domain, a phone by its number).
 */
export function contactBody(
  values: ContactValues,
  before: ContactValues | undefined,
  primaryTypes: { email?: string | undefined; phone?: string | undefined } = {},
): ContactBody {
  const body: ContactBody = {};
  const lists = [
    ['email', 'otherEmails', 'emails', 'address', primaryTypes.email],
    ['phone', 'otherPhones', 'phones', 'number', primaryTypes.phone],
  ] as const;
  for (const [primary, others, list, field, primaryType] of lists) {
    const value = values[primary].trim();
    if (!same(values[others], before?.[others] ?? [])) {
      const entries = [
        ...(value ? [{ value, type: primaryType }] : []),
        ...values[others].filter((e) => e.value.trim() !== '').map((e) => ({ ...e, value: e.value.trim() })),
      ];
      Object.assign(body, {
        [list]: entries.map((e) => ({ [field]: e.value, ...(e.type && { type: e.type }) })),
      });
    } else if (!before) {
      if (value) body[primary] = value;
    } else if (values[primary] !== before[primary]) body[primary] = value || null;
  }
  return body;
}

/** The API's paths of list entries, put on the inputs that hold them: the primary, or the others. */
export function contactErrorPaths(): Record<string, 'email' | 'phone' | 'otherEmails' | 'otherPhones'> {
  const paths: Record<string, 'email' | 'phone' | 'otherEmails' | 'otherPhones'> = {
    '/emails/0/address': 'email',
    '/phones/0/number': 'phone',
  };
  for (let i = 1; i < 20; i++) {
    paths[`/emails/${i}/address`] = 'otherEmails';
    paths[`/phones/${i}/number`] = 'otherPhones';
  }
  return paths;
}
