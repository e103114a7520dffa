import chardet from 'chardet';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';

/**
 * Pure rules for reading delimited text files as spreadsheets and other CRMs write them: which
 * encoding, which delimiter, what the header says. No I/O; every function works on a sample.
 */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Rows as CSV for spreadsheets and other programs (RFC 4180): CRLF after each record, and a cell
 * quoted when it holds the delimiter, a quote or any line break. csv-stringify quotes a lone LF or CR
 * only when told to once the record delimiter is set; unquoted, a multi-line note or address splits
 * its row in Excel and in most readers.
 */
export function csvRecords(rows: readonly (readonly string[])[], delimiter = ','): string {
  return stringify(rows as string[][], { delimiter, record_delimiter: '\r\n', quote_record_delimiter: true });
}

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;

export interface DetectedEncoding {
  /** An iconv-lite name. */
  encoding: string;
  /** 0–100, as chardet reports it; 100 for a byte-order mark or valid UTF-8. */
  confidence: number;
}

/**
 * The text encoding of a file from its first bytes. A byte-order mark is certain; text that decodes
 * as UTF-8 is UTF-8 (legacy single-byte text almost never does); NUL bytes every other byte mean
 * UTF-16 without a mark. Otherwise chardet guesses from enough non-ASCII bytes, and its guess is
 * taken for non-Latin scripts; Latin text is read as Windows-1252, what spreadsheet programs write
 * in the West.
 */
export function detectEncoding(sample: Uint8Array, complete = false): DetectedEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)
    return { encoding: 'utf-8', confidence: 100 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', confidence: 100 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', confidence: 100 };
  const utf16 = utf16WithoutMark(sample);
  if (utf16) return { encoding: utf16, confidence: 90 };
  if (isUtf8(sample, complete)) return { encoding: 'utf-8', confidence: 100 };
  // chardet's statistics need evidence: on a few accented letters it guesses KOI8-R as readily.
  const evidence = sample.reduce((n, byte) => n + (byte >= 0x80 ? 1 : 0), 0);
  if (evidence >= 64) {
    const guesses = chardet.analyse(sample).map((m) => m.name as string);
    for (const name of [...guesses, 'windows-1251', 'KOI8-R']) {
      if (OTHER_SCRIPTS.has(name) && looksWritten(decodeSample(sample, name)))
        return { encoding: name.toLowerCase(), confidence: 60 };
    }
  }
  // Latin-script guesses (ISO-8859-1, -2, -9, Windows-1250…) tell accented letters apart poorly; read
  // them as Windows-1252, as browsers read ISO-8859-1 (WHATWG Encoding). Starting may name another.
  return { encoding: 'windows-1252', confidence: 50 };
}

/** Legacy encodings of non-Latin scripts: read as Windows-1252 they would be gibberish, so trust them. */
const OTHER_SCRIPTS = new Set([
  'windows-1251',
  'KOI8-R',
  'ISO-8859-5',
  'ISO-8859-6',
  'ISO-8859-7',
  'ISO-8859-8',
  'windows-1253',
  'windows-1255',
  'windows-1256',
  'Shift_JIS',
  'EUC-JP',
  'EUC-KR',
  'GB18030',
  'Big5',
]);

/**
 * Does text decoded with a non-Latin encoding read like writing? Its words keep one case pattern
 * (lower, UPPER or Title) and one script; the wrong encoding of the right script inverts the case
 * (KOI8-R read as Windows-1251), and Latin text read as Cyrillic mixes scripts ("Mьller").
 */
function looksWritten(text: string): boolean {
  if (/[\ufffd\u0080-\u009f]/.test(text)) return false;
  const words = (text.match(/\p{L}{2,}/gu) ?? []).filter((w) => /[^\p{ASCII}]/u.test(w));
  const good = words.filter((w) => {
    const [first = '', rest = ''] = [w.slice(0, 1), w.slice(1)];
    const cased =
      w === w.toLowerCase() ||
      w === w.toUpperCase() ||
      (first === first.toUpperCase() && rest === rest.toLowerCase());
    return cased && !/[A-Za-z]/.test(w);
  });
  return words.length > 0 && good.length >= words.length * 0.9;
}

function utf16WithoutMark(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenZeros++;
    if (sample[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Valid UTF-8, allowing a sequence cut off by the end of a sample that is not the whole file. */
function isUtf8(sample: Uint8Array, complete: boolean): boolean {
  let end = sample.length;
  // Step back over an incomplete multi-byte sequence at the very end (at most 3 bytes).
  for (let back = 1; back <= 3 && end - back >= 0 && !complete; back++) {
    const byte = sample[end - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (needed > back) end -= back;
    break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Decodes a sample; a character cut off at its end is dropped, never shown as garbage. */
export function decodeSample(sample: Uint8Array, encoding: string): string {
  const decoder = iconv.getDecoder(encoding as 'utf-8');
  return decoder.write(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength));
}

/**
 * The delimiter of a sample: the candidate that splits the most records into the same number of
 * cells (outside quotes), then the one that splits them into more cells. A file of one column has
 * none; a comma is as good as any then.
 */
export function detectDelimiter(text: string, complete: boolean): Delimiter {
  const records = countDelimiters(text, complete);
  let best: { delimiter: Delimiter; agreeing: number; cells: number } = {
    delimiter: ',',
    agreeing: 0,
    cells: 0,
  };
  for (const [i, delimiter] of DELIMITERS.entries()) {
    const counts = new Map<number, number>();
    for (const record of records) {
      const n = record[i] ?? 0;
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    for (const [cells, agreeing] of counts) {
      if (agreeing > best.agreeing || (agreeing === best.agreeing && cells > best.cells))
        best = { delimiter, agreeing, cells };
    }
  }
  return best.delimiter;
}

/** Per record of the sample (at most 200), how often each candidate occurs outside quotes. */
function countDelimiters(text: string, complete: boolean): number[][] {
  const records: number[][] = [];
  let counts = DELIMITERS.map(() => 0);
  let quoted = false;
  let empty = true;
  for (let i = 0; i < text.length && records.length < 200; i++) {
    const ch = text[i];
    if (ch === '"') {
      quoted = !quoted;
      empty = false;
    } else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (!empty) records.push(counts);
      counts = DELIMITERS.map(() => 0);
      empty = true;
    } else {
      empty = false;
      const index = quoted ? -1 : DELIMITERS.indexOf(ch as Delimiter);
      if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
    }
  }
  // The sample's last record may be cut short: it only counts when the sample is the whole file.
  if (!empty && complete && records.length < 200) records.push(counts);
  return records;
}

/** Header cells made unique and never blank, so a mapping can name each column. */
export function uniqueHeader(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const name = cell.trim() || `Column ${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

// Spreadsheet programs run cells that start with these as formulas (CSV injection, OWASP).
const FORMULA = /^[=@\t\r]|^[+-](?![\d\s().-]*$)/;

/** A cell written to a CSV file that a spreadsheet program will open: never a formula. */
export function neutraliseFormula(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

/** The inverse, for files exported by us (or by careful tools) and imported again. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Windows-1252 as bytes, by the character each stands for (its five unassigned bytes as C1 controls). */
const WINDOWS_1252 = new Map<string, number>(
  Array.from({ length: 256 }, (_, byte) => {
    const char = iconv.decode(Buffer.from([byte]), 'windows-1252');
    return [char === '\uFFFD' ? String.fromCharCode(byte) : char, byte] as const;
  }),
);
/** A UTF-8 lead byte then a continuation byte (0x80–0xBF), both as Windows-1252 shows them. */
const MOJIBAKE =
  /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A cell whose UTF-8 text was once read as Windows-1252 and saved so, as a spreadsheet that guessed
 * the wrong encoding leaves an export ("JosÃ© GarcÃ­a"), read as it was written ("José García").
 * Only when the whole cell, turned back into its Windows-1252 bytes, is valid UTF-8: a cell that merely
 * holds an "Ã", or mixes garbled and sound text, stays as it is.
 */
export function repairMojibake(cell: string): string {
  if (!MOJIBAKE.test(cell)) return cell;
  const bytes: number[] = [];
  for (const char of cell) {
    const byte = WINDOWS_1252.get(char);
    if (byte === undefined) return cell;
    bytes.push(byte);
  }
  try {
    return strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return cell;
  }
}
