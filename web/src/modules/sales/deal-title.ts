/** What may stand between the customer's name and the rest in "<customer> – <what>". */
const SEPARATOR = /^\s*(?:[–—:|]|-(?=\s))\s*/u;

/**
 * A deal's name as its customer's page shows it. Deals are usually named "<customer> – <what>"; on
 * that customer's own page the customer part says nothing and, with a long company name, pushes the
 * part that differs out of the two lines a card gives a name. So "<customer> – <what>" reads "<what>"
 * there; any other name reads whole.
 */
export function dealTitle(name: string, customerNames: readonly string[]): string {
  for (const customer of customerNames) {
    const prefix = customer.trim();
    // Compared without lower-casing the whole name: that can change its length ("İ"), and so where the rest begins.
    const head = name.slice(0, prefix.length);
    if (prefix === '' || head.localeCompare(prefix, undefined, { sensitivity: 'accent' }) !== 0) continue;
    const separator = SEPARATOR.exec(name.slice(prefix.length));
    if (!separator) continue;
    const rest = name.slice(prefix.length + separator[0].length).trimEnd();
    if (rest !== '') return rest;
  }
  return name;
}
