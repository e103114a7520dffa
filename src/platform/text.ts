import type { FieldError } from './errors.ts';

/**
 * Why PostgreSQL could not store this text as given, or undefined when it can: its text types refuse
 * the NUL character, and a lone UTF-16 surrogate has no UTF-8 form (it would be stored as U+FFFD, or
 * refused inside JSON). Outside input is checked with this at the boundary, so such text is a clear
 * error naming the field instead of a failed statement.
 */
export function unstorableText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'Text cannot contain the NUL character (U+0000).';
  if (LONE_SURROGATE.test(text)) return 'Text is not well-formed Unicode (it holds a lone surrogate).';
  return undefined;
}

// In a /u pattern a surrogate pair is one code point, so only a surrogate standing alone matches.
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Every string and object key in a JSON-like value that cannot be stored, by JSON Pointer under `base`. */
export function unstorableTextIn(value: unknown, base = ''): FieldError[] {
  const errors: FieldError[] = [];
  const visit = (node: unknown, path: string) => {
    if (errors.length >= 20) return;
    if (typeof node === 'string') {
      const message = unstorableText(node);
      if (message) errors.push({ path, message });
    } else if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, `${path}/${index}`);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        const keyPath = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const message = unstorableText(key);
        if (message) errors.push({ path: keyPath, message });
        else visit(item, keyPath);
      }
    }
  };
  visit(value, base);
  return errors;
}

/**
 * The text as PostgreSQL can keep it, each NUL and lone surrogate replaced by U+FFFD: for records of
 * what was refused (an import's rejected rows), which must keep the rest of the row as it came.
 */
export function storableCopy(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD').replace(/\p{Surrogate}/gu, '\uFFFD');
}

/** Text as it reads inside HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
