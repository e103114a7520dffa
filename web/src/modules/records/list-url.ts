import { type ApiFilter, emptyGroup, fromApiFilter, toApiFilter } from './filter-model';
import type { RecordObject } from './record-types';

/**
 * A list's state in its address, so a reload, Back and Forward, and a link sent to a colleague all
 * show the same list. Compact: `?view=<id>` while the list is that saved view as saved; otherwise
 * only what differs from the view (or from the list's defaults): `filter` (the API's filter as
 * base64url JSON, RFC 4648 §5; empty for none), `sort` (the API's sort), `columns` (keys, comma
 * separated). Parameters it does not know (`?import=7`) are left as they are.
 */
export interface ListState {
  viewId: string | null;
  filter: ApiFilter | null;
  sort: string;
  columns: readonly string[];
}

/** What the list shows when the address says nothing more: the saved view's content, or the defaults. */
export type ListBase = Omit<ListState, 'viewId'>;

/** What an address asks for; a part left out is the base's. */
export interface ListParams {
  view: string | null;
  filter?: ApiFilter | null;
  sort?: string;
  columns?: string[];
}

const OWN = ['view', 'filter', 'sort', 'columns'] as const;
/** Longer than any filter the builder can make (the server allows 50 conditions): a pasted novel is refused. */
const MAX_FILTER_PARAM = 16_000;
const KEY = /^[A-Za-z][\w.]{0,99}$/;
const SORT = /^-?[A-Za-z][\w.]{0,99}$/;
const VIEW_ID = /^[\w-]{1,100}$/;
/** Deeper than the server allows (it names the problem then), shallow enough to read without risk. */
const MAX_READ_DEPTH = 16;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The address's query (`?…`, or '' for none) for a list, keeping parameters that are not the list's. */
export function writeListSearch(state: ListState, base: ListBase, others = new URLSearchParams()): string {
  const pairs: [string, string][] = [];
  if (state.viewId) pairs.push(['view', state.viewId]);
  if (!sameJson(state.filter, base.filter)) pairs.push(['filter', encodeFilter(state.filter)]);
  if (state.sort !== base.sort) pairs.push(['sort', state.sort]);
  if (!sameJson(state.columns, base.columns)) pairs.push(['columns', state.columns.join(',')]);
  for (const [name, value] of others)
    if (!(OWN as readonly string[]).includes(name)) pairs.push([name, value]);
  return searchOf(pairs);
}

/** The list's part of an address, or `ok: false` when any of it cannot be read (a garbled link). */
export function readListSearch(search: string): { ok: true; params: ListParams } | { ok: false } {
  const query = new URLSearchParams(search);
  const params: ListParams = { view: query.get('view') || null };
  if (params.view !== null && !VIEW_ID.test(params.view)) return { ok: false };
  const filter = query.get('filter');
  if (filter !== null) {
    const decoded = decodeFilter(filter);
    if (decoded === undefined) return { ok: false };
    params.filter = decoded;
  }
  const sort = query.get('sort');
  if (sort !== null) {
    if (!SORT.test(sort)) return { ok: false };
    params.sort = sort;
  }
  const columns = query.get('columns');
  if (columns !== null) {
    const keys = columns === '' ? [] : columns.split(',');
    if (keys.length > 100 || !keys.every((key) => KEY.test(key))) return { ok: false };
    params.columns = keys;
  }
  return { ok: true, params };
}

/** What the list shows for an address's parameters over a base. */
export function resolveList(params: ListParams, base: ListBase): ListState {
  return {
    viewId: params.view,
    filter: params.filter === undefined ? base.filter : params.filter,
    sort: params.sort ?? base.sort,
    columns: params.columns ?? base.columns,
  };
}

/**
 * A link to the people or companies list showing the given filter (in the API's filter language),
 * sort or saved view: `recordListUrl('people', { filter: { field: 'importNumber', op: 'eq', value: 7 } })`.
 */
export function recordListUrl(
  object: RecordObject,
  list: { filter?: ApiFilter | null; sort?: string; view?: string } = {},
): string {
  const pairs: [string, string][] = [];
  if (list.view) pairs.push(['view', list.view]);
  // As the builder will write it back, so opening the link does not rewrite it.
  const filter = list.filter ? toApiFilter(fromApiFilter(list.filter) ?? emptyGroup(), []) : null;
  if (filter) pairs.push(['filter', encodeFilter(filter)]);
  if (list.sort) pairs.push(['sort', list.sort]);
  return `/${object}${searchOf(pairs)}`;
}

/**
 * Whether going from one state to the next makes a step of its own in the history (Back returns to
 * it), or replaces the current one: a view, a sort or a filter applied is a step; typing on in a
 * value ("Smi" → "Smith") and choosing columns are not, so Back does not walk through every letter.
 */
export function isHistoryStep(previous: ListState, next: ListState): boolean {
  if (previous.viewId !== next.viewId || previous.sort !== next.sort) return true;
  return !typedOn(previous.filter, next.filter);
}

/**
 * Whether the next filter asks for no condition the previous one lacks: conditions left out (a chip
 * removed, Clear all, a condition's bin), the rest perhaps regrouped. No typing makes such a change: the
 * list follows it without typing's pause, and the address has it as a step before Back can be pressed.
 */
export function addsNoCondition(previous: ApiFilter | null, next: ApiFilter | null): boolean {
  const had = new Set(conditionsOf(previous).map((condition) => JSON.stringify(condition)));
  return conditionsOf(next).every((condition) => had.has(JSON.stringify(condition)));
}

/** A filter's conditions, wherever they sit in its groups (a part it cannot read counts as one). */
function conditionsOf(filter: unknown): unknown[] {
  if (filter === null || filter === undefined) return [];
  if (!isObject(filter)) return [filter];
  const [only, ...more] = Object.keys(filter);
  const inner = only !== undefined && more.length === 0 ? filter[only] : undefined;
  if ((only === 'and' || only === 'or') && Array.isArray(inner)) return inner.flatMap(conditionsOf);
  if (only === 'not' && isObject(inner)) return conditionsOf(inner);
  return [filter];
}

/** The same filter but for values that one extends the other of (as typing does), or the same. */
function typedOn(a: unknown, b: unknown): boolean {
  if (sameJson(a, b)) return true;
  if ((typeof a === 'string' || typeof a === 'number') && (typeof b === 'string' || typeof b === 'number')) {
    const [x, y] = [String(a), String(b)];
    return x.startsWith(y) || y.startsWith(x);
  }
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => typedOn(item, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  if (!sameJson(keys, Object.keys(b))) return false;
  // A condition on another field or with another operator is another filter, whatever the value.
  if (a.field !== b.field || a.op !== b.op) return false;
  return keys.every((key) => typedOn(a[key], b[key]));
}

export function encodeFilter(filter: ApiFilter | null): string {
  if (!filter) return '';
  const bytes = new TextEncoder().encode(JSON.stringify(filter));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The filter a parameter holds: null for none (''), undefined when it is not a filter at all. */
export function decodeFilter(text: string): ApiFilter | null | undefined {
  if (text === '') return null;
  if (text.length > MAX_FILTER_PARAM || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return isFilter(parsed, 1) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The filter language's shape (src/platform/query/filter.ts); the server checks the rest. */
function isFilter(value: unknown, depth: number): value is ApiFilter {
  if (!isObject(value) || depth > MAX_READ_DEPTH) return false;
  const keys = Object.keys(value);
  if (keys.length === 1 && (keys[0] === 'and' || keys[0] === 'or')) {
    const children = value[keys[0]];
    return (
      Array.isArray(children) && children.length > 0 && children.every((child) => isFilter(child, depth + 1))
    );
  }
  if (keys.length === 1 && keys[0] === 'not') return isFilter(value.not, depth + 1);
  return (
    typeof value.field === 'string' &&
    typeof value.op === 'string' &&
    keys.every((key) => key === 'field' || key === 'op' || key === 'value')
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Commas stay as they are (`columns=name,email`); base64url and keys need no escaping. */
function searchOf(pairs: readonly [string, string][]): string {
  const encode = (text: string) => encodeURIComponent(text).replace(/%2C/gi, ',');
  const query = pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
  return query ? `?${query}` : '';
}
