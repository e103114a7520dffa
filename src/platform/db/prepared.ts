import pg from 'pg';

/**
 * Named (prepared) statements for a node-postgres connection. Kysely sends every statement unnamed,
 * so PostgreSQL parses and plans it on every execution; the planner then reads the size of every
 * table and index the statement touches (on the embedded database each read is a file-system call).
 * Named, a statement is parsed once per connection, and after five executions PostgreSQL may keep a
 * generic plan and skip planning altogether (`plan_cache_mode`). Only statements sent as text and
 * parameters on a checked-out connection are named, as Kysely sends its own; text without parameters
 * may hold several statements, and `pool.query` (which passes a callback) stays as it was; so do bulk
 * statements and those whose ON CONFLICT names a partial index (see below).
 *
 * Each connection keeps at most `capacity` statements, the least recently used closed first (a
 * protocol Close written just before the next statement, so it needs no round trip of its own), so
 * statement texts that vary (IN lists of any length, the filter builder) cannot grow a connection
 * without bound.
 */
export function prepareStatements(client: pg.Client, capacity = STATEMENTS_PER_CONNECTION): void {
  const names = new Map<string, string>(); // text → name, least recently used first
  let closing: string[] = [];
  let next = 0;
  let seenGeneration = generation;
  const unnamed = client.query.bind(client) as (...args: unknown[]) => unknown;

  function nameFor(text: string): string {
    const known = names.get(text);
    if (known !== undefined) {
      names.delete(text);
      names.set(text, known);
      return known;
    }
    const name = `rapport_${(next++).toString(36)}`;
    names.set(text, name);
    if (names.size > capacity) {
      const [oldestText, oldestName] = names.entries().next().value as [string, string];
      names.delete(oldestText);
      closing.push(oldestName);
    }
    return name;
  }

  function forgetAll(): void {
    closing.push(...names.values());
    names.clear();
  }

  // biome-ignore lint/suspicious/noExplicitAny: node-postgres's query() is a set of overloads
  (client as any).query = (config: unknown, values?: unknown, callback?: unknown): unknown => {
    if (
      typeof config !== 'string' ||
      !Array.isArray(values) ||
      values.length === 0 ||
      values.length > MAX_PARAMETERS ||
      callback !== undefined ||
      PARTIAL_ARBITER.test(config)
    )
      return unnamed(config, values, callback);
    if (seenGeneration !== generation) {
      forgetAll();
      seenGeneration = generation;
    }
    const text = config;
    const name = nameFor(text);
    const toClose = closing;
    closing = [];
    return new Promise((resolve, reject) => {
      const query = new pg.Query({ name, text, values }, (error: Error | undefined, result: unknown) => {
        if (!error) return resolve(result);
        // The plan was made for columns that a migration has since changed: make it again next time.
        if (isStalePlan(error)) generation++;
        Error.captureStackTrace(error);
        reject(error);
      });
      if (toClose.length > 0) {
        const submittable = query as unknown as { submit(connection: PgConnection): unknown };
        const submit = submittable.submit.bind(query);
        submittable.submit = (connection) => {
          for (const old of toClose) {
            connection.close({ type: 'S', name: old });
            delete connection.parsedStatements[old];
          }
          return submit(connection);
        };
      }
      unnamed(query);
    });
  };
}

// Measured on the server after a mix of the UI's reads: about 80 kB of server memory a statement (the
// largest plan 134 kB) and some 20–30 distinct statements a connection. 64 keep the hot ones, and a
// pool of 20 at most about 100 MB.
export const STATEMENTS_PER_CONNECTION = 64;

// Raised when any connection meets a stale plan: a migration changed columns under one statement, and
// may have under others, on every connection. Each connection then forgets its statements before its
// next one, so the transaction's retry cannot land on another stale connection.
let generation = 0;

// A statement with more parameters is a bulk one (an IN list of a batch's ids): its text changes with
// every batch, so naming it would only push the hot statements out and keep a large plan.
export const MAX_PARAMETERS = 100;

// `ON CONFLICT (…) WHERE …` names a partial unique index by its predicate, which PostgreSQL must prove
// from the statement when it plans. A generic plan sees parameters, not values, and cannot: from the
// sixth execution on a connection such a statement would fail ("no unique or exclusion constraint
// matching the ON CONFLICT specification"). Those statements are always planned with their values.
export const PARTIAL_ARBITER = /\bon\s+conflict\s*\((?:[^()]|\([^()]*\))*\)\s*where\b/i;

/** PostgreSQL refuses a prepared statement whose result columns changed under it (0A000). */
export function isStalePlan(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    code === '0A000' &&
    typeof message === 'string' &&
    message.includes('cached plan must not change result type')
  );
}

interface PgConnection {
  close(message: { type: 'S' | 'P'; name: string }): void;
  parsedStatements: Record<string, string>;
}
