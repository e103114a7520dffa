import ICAL from 'ical.js';
import type { PersonInput, PersonJson } from '../people/index.ts';
import { parseCreatedDate } from './created-date.rules.ts';
import { rowProblem } from './row-problems.rules.ts';
import type { Draft, Drafted } from './rows.rules.ts';
import { countryCode } from './values.rules.ts';
import { upgradeVCard21 } from './vcard21.rules.ts';

/**
 * vCard 4.0 (RFC 6350): people written as cards, and cards read back as people's input. Pure.
 */
const CRLF = '\r\n';

/**
 * RFC 6350 §3.4: backslash, comma and line breaks in a text value are escaped, and semicolons in a
 * field of a compound value (N, ADR, ORG). Elsewhere a semicolon "MAY be escaped", but readers such
 * as ical.js keep the backslash then, so it is not.
 */
export function escapeText(value: string, compound = false): string {
  return value.replace(compound ? /[\\,;]/g : /[\\,]/g, (ch) => `\\${ch}`).replace(/\r\n|\r|\n/g, '\\n');
}
const field = (value: string | null | undefined) => escapeText(value ?? '', true);

export function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/**
 * RFC 6350 §3.2: a content line longer than 75 octets is folded by inserting CRLF and one space;
 * never inside a UTF-8 sequence (a character is never split across lines).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** RFC 6350 §3.2: a line break followed by a space or tab continues the line. */
export function unfold(text: string): string {
  return text.replace(/\r?\n[ \t]/g, '');
}

const EMAIL_TYPES: Record<string, string | undefined> = { work: 'work', personal: 'home' };
const PHONE_TYPES: Record<string, string> = {
  mobile: 'cell',
  work: 'work,voice',
  home: 'home,voice',
  fax: 'fax',
  other: 'voice',
};

/** REV and timestamps in the basic format RFC 6350 §4.3.5 shows: 20261122T101500Z. */
function timestamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/** One person as a vCard 4.0, lines folded, ending with CRLF. */
export function personToVCard(person: PersonJson): string {
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ') || person.name;
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `UID:urn:uuid:${person.id}`,
    `FN:${escapeText(name)}`,
    `N:${field(person.lastName)};${field(person.firstName)};;;`,
  ];
  for (const email of person.emails) {
    const type = EMAIL_TYPES[email.type];
    lines.push(`EMAIL${type ? `;TYPE=${type}` : ''}:${escapeText(email.address)}`);
  }
  for (const phone of person.phones) {
    // RFC 3966: the extension is a parameter of the tel URI.
    const extension = phone.extension ? `;ext=${phone.extension}` : '';
    lines.push(`TEL;VALUE=uri;TYPE="${PHONE_TYPES[phone.type] ?? 'voice'}":tel:${phone.number}${extension}`);
  }
  for (const address of person.addresses) {
    const parts = ['', '', address.street, address.city, address.region, address.postalCode, address.country];
    const type = address.type === 'home' ? 'home' : 'work';
    lines.push(`ADR;TYPE=${type}:${parts.map(field).join(';')}`);
  }
  if (person.company) lines.push(`ORG:${field(person.company.name)}`);
  if (person.jobTitle) lines.push(`TITLE:${escapeText(person.jobTitle)}`);
  if (person.tags.length > 0) lines.push(`CATEGORIES:${person.tags.map((t) => escapeText(t)).join(',')}`);
  // CREATED is RFC 9554's (vCard extensions for JSContact): the import keeps it as the record's.
  lines.push(`CREATED:${timestamp(person.createdAt)}`, `REV:${timestamp(person.updatedAt)}`, 'END:VCARD');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

type Property = InstanceType<typeof ICAL.Property>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const typesOf = (property: Property): string[] => {
  const type = property.getParameter('type');
  const list = Array.isArray(type) ? type : type ? [type] : [];
  return list.flatMap((t) => String(t).toLowerCase().split(','));
};

/** One card (BEGIN:VCARD … END:VCARD, version 2.1, 3 or 4) as a person's input. */
export function vcardDraft(card: string): Drafted<PersonInput> {
  let component: InstanceType<typeof ICAL.Component>;
  try {
    const parsed: unknown = ICAL.parse(upgradeVCard21(card));
    const first = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
    component = new ICAL.Component(first as never);
  } catch (error) {
    return { ok: false, ...rowProblem(`Not a readable vCard: ${(error as Error).message}`) };
  }
  if (component.name !== 'vcard') return { ok: false, ...rowProblem('Not a vCard.') };
  const input: PersonInput = {};
  const draft: Draft<PersonInput> = { input, columns: {} };
  const [family, given] = (component.getFirstPropertyValue('n') as unknown as string[] | null) ?? [];
  input.firstName = text(given) || undefined;
  input.lastName = text(family) || undefined;
  if (!input.firstName && !input.lastName) {
    const full = text(component.getFirstPropertyValue('fn')).split(' ');
    input.lastName = full.length > 1 ? full.pop() : undefined;
    input.firstName = full.join(' ') || undefined;
  }
  input.emails = component.getAllProperties('email').flatMap((p) => {
    const address = text(p.getFirstValue());
    const types = typesOf(p);
    const type = types.includes('home') ? ('personal' as const) : types.includes('work') ? 'work' : 'other';
    return address ? [{ address: address.replace(/^mailto:/i, ''), type }] : [];
  });
  input.phones = component.getAllProperties('tel').flatMap((p) => {
    const number = text(p.getFirstValue()).replace(/^tel:/i, '');
    return number ? [{ number, type: phoneType(typesOf(p)) }] : [];
  });
  input.addresses = component.getAllProperties('adr').map((p) => addressOf(p));
  const org = component.getFirstPropertyValue('org') as unknown;
  const company = text(Array.isArray(org) ? org[0] : org);
  if (company) draft.company = { name: company };
  const title = text(component.getFirstPropertyValue('title'));
  if (title) input.jobTitle = title;
  const tags = component.getAllProperties('categories').flatMap((p) => p.getValues().map(text));
  if (tags.length > 0) input.tags = [...new Set(tags.filter(Boolean))];
  // NOTE (Android's and Outlook's notes about the contact) lands on the timeline, as a "Notes" column.
  const note = component
    .getAllProperties('note')
    .map((p) => text(p.getFirstValue()))
    .filter(Boolean)
    .join('\n\n');
  if (note) draft.note = note.slice(0, 100_000);
  const created = text(component.getFirstPropertyValue('created'));
  if (created) {
    const extended = extendedTimestamp(created);
    const read = parseCreatedDate(extended);
    // The reason quotes the value as the card wrote it, not as it was read.
    const reason = (why: string) => `CREATED: ${why.replace(`"${extended}"`, `"${created}"`)}`;
    if (!read.ok) return { ok: false, ...rowProblem(reason(read.reason)), draft };
    draft.createdAt = read.value;
  }
  return { ok: true, draft };
}

/** 20261122T101500Z (a vCard's basic format) as 2026-11-22T10:15:00Z, which dates are read in. */
function extendedTimestamp(value: string): string {
  const basic = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(value);
  if (!basic) return value;
  const [, year, month, day, hour, minute, second, zone = ''] = basic;
  const digits = zone.replace(':', ''); // +02, +0200 or +02:00 as +02:00
  const offset = /^[+-]/.test(digits)
    ? `${digits.slice(0, 3)}:${digits.slice(3) || '00'}`
    : digits.toUpperCase();
  const time = hour ? `T${hour}:${minute}:${second ?? '00'}${offset}` : '';
  return `${year}-${month}-${day}${time}`;
}

function phoneType(types: string[]): 'mobile' | 'work' | 'home' | 'fax' | 'other' {
  if (types.includes('cell')) return 'mobile';
  if (types.includes('fax')) return 'fax';
  if (types.includes('work')) return 'work';
  if (types.includes('home')) return 'home';
  return 'other';
}

function addressOf(property: Property): NonNullable<PersonInput['addresses']>[number] {
  const value = property.getFirstValue() as unknown;
  const parts = (Array.isArray(value) ? value : [value]).map((part) =>
    text(Array.isArray(part) ? part.join(', ') : part),
  );
  const [, extended, street, city, region, postalCode, country] = parts;
  const line = [street, extended].filter(Boolean).join(', ');
  return {
    type: typesOf(property).includes('home') ? 'home' : 'work',
    street: line || null,
    city: city || null,
    region: region || null,
    postalCode: postalCode || null,
    country: country ? countryCode(country) : null,
  };
}
