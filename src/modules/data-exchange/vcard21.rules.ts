import iconv from 'iconv-lite';
import { decode as decodeQuotedPrintable } from 'libqp';

/**
 * vCard 2.1, as Android's contacts app and Outlook export, rewritten as the vCard 3.0 that ical.js
 * reads. 2.1 differs where a parser trips: parameters without a name (`TEL;CELL;PREF:`), values in
 * quoted-printable with their charset (`N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;…`)
 * whose lines end in a soft break (`=`) rather than fold, and commas that are plain text. Binary
 * values (a base64 PHOTO) are left out: nothing of a person is read from them. A card of any other
 * version comes back as it is.
 */
export function upgradeVCard21(card: string): string {
  const lines = unfold21(card);
  if (!lines.some((line) => /^version:\s*2\.1\s*$/i.test(line))) return card;
  return lines
    .flatMap((line) => {
      if (/^version:/i.test(line)) return ['VERSION:3.0'];
      const upgraded = upgradeLine(line);
      return upgraded === undefined ? [] : [upgraded];
    })
    .join('\r\n');
}

/**
 * Logical lines: a line starting with a space or tab continues the one before (2.1 keeps that
 * space), and so does any line after a quoted-printable value that ends in a soft break.
 */
function unfold21(card: string): string[] {
  const lines: string[] = [];
  for (const line of card.split(/\r?\n/)) {
    const last = lines.length - 1;
    const previous = lines[last];
    if (previous !== undefined && (softBreak(previous) || /^[ \t]/.test(line))) {
      // After a soft break the next line is encoded text as it stands (RFC 2045): a space it starts
      // with is the value's own.
      lines[last] = softBreak(previous) ? previous.slice(0, -1) + line : previous + line;
    } else if (line.trim() !== '') lines.push(line);
  }
  return lines;
}

const softBreak = (line: string) => line.endsWith('=') && /;(encoding=)?quoted-printable[;:]/i.test(line);

function upgradeLine(line: string): string | undefined {
  const colon = line.indexOf(':');
  if (colon < 0) return line;
  const [name = '', ...parameters] = line.slice(0, colon).split(';');
  let value = line.slice(colon + 1);
  const types: string[] = [];
  const kept: string[] = [];
  let encoding = '';
  let charset = 'utf-8';
  for (const parameter of parameters) {
    const equals = parameter.indexOf('=');
    const key = (equals < 0 ? '' : parameter.slice(0, equals)).trim().toLowerCase();
    const given = (equals < 0 ? parameter : parameter.slice(equals + 1)).trim();
    if (key === 'encoding' || (key === '' && /^(quoted-printable|base64|8bit|7bit)$/i.test(given)))
      encoding = given.toLowerCase();
    else if (key === 'charset') charset = given;
    else if (key === 'type' || key === '') types.push(given);
    else kept.push(`${key.toUpperCase()}=${given}`);
  }
  if (encoding === 'base64' || encoding === 'b') return undefined;
  if (encoding === 'quoted-printable') {
    const bytes = decodeQuotedPrintable(Buffer.from(value, 'utf8'));
    value = iconv.decode(bytes, iconv.encodingExists(charset) ? charset : 'utf-8').replace(/\r?\n/g, '\\n');
  }
  // Commas are plain text in 2.1, and separate values in 3.0 (but for CATEGORIES, a list in both).
  // An escape already there ("\;" in a name) stays as it is.
  if (!/^(.+\.)?categories$/i.test(name))
    value = value.replace(/\\.|,/g, (found) => (found === ',' ? '\\,' : found));
  const typeList = types.length > 0 ? [`TYPE=${types.join(',')}`] : [];
  const head = [name, ...typeList, ...kept].join(';');
  return `${head}:${value}`;
}
