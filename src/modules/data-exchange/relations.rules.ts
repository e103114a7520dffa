import { isUuid } from '../../platform/uuid.ts';
import { cleanDomain } from '../companies/index.ts';
import { cleanEmail } from '../people/index.ts';

/** How a file's cell names the record a relation field points at. */
export type RelationKey =
  | { by: 'id'; id: string }
  | { by: 'email'; email: string }
  | { by: 'domain'; domain: string; name: string }
  | { by: 'name'; name: string };

/**
 * A relation cell as a key to look its record up by: a record id, as our exports write it; else a
 * person's e-mail (alone or after a name, "Ada <ada@example.com>"), or a company's domain (tried first when the cell reads as one: "acme.com") or name,
 * as other systems' exports write them. A person by name alone is refused: names are not unique.
 */
export function relationKey(target: 'people' | 'companies', text: string): RelationKey | { reason: string } {
  const cell = text.trim();
  if (isUuid(cell)) return { by: 'id', id: cell.toLowerCase() };
  if (target === 'people') {
    // "Ada Lovelace <ada@example.com>", as our exports' name column and mail programs write a person.
    const mailbox = /<([^<>\s]+)>$/.exec(cell)?.[1];
    const email = cleanEmail(mailbox ?? cell);
    return email.ok
      ? { by: 'email', email: email.value }
      : { reason: 'give the person’s e-mail or record id' };
  }
  const domain = cleanDomain(cell);
  return domain.ok && !/\s/.test(cell)
    ? { by: 'domain', domain: domain.value, name: cell }
    : { by: 'name', name: cell };
}

/** What a key found nothing by, in the words of a rejected row: "no person with the e-mail …". */
export function notFoundReason(key: RelationKey, target: 'people' | 'companies'): string {
  switch (key.by) {
    case 'id':
      return `no such ${target === 'people' ? 'person' : 'company'}`;
    case 'email':
      return `no person with the e-mail ${key.email}`;
    case 'domain':
      return `no company with the domain ${key.domain} or named “${key.name}”`;
    case 'name':
      return `no company named “${key.name}”`;
  }
}
