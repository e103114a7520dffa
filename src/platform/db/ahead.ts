import type pg from 'pg';

/** A statement whose text starts with this marker is sent ahead (see `sendAhead`). */
export const AHEAD = '/* ahead */ ';
/**
 * Sent ahead too, by a caller about to give the connection back (a read-only COMMIT): on a pipelined
 * connection it waits, until the end of the event loop's turn at the latest, for the next user's
 * statements, and leaves in their write.
 */
export const AHEAD_LAST = '/* ahead, last */ ';

/**
 * Lets a connection send statements ahead of the next one. A statement marked with `AHEAD` is
 * answered at once with an empty result, and its real outcome is delivered with the next statement
 * on the connection, which fails with the earlier error if there was one. Its order on the connection
 * is kept: it is on its way (or, on a connection that is not pipelined, queued first) before the
 * call returns.
 *
 * A transaction's preamble (BEGIN, the role, the workspace) is sent so: on a pipelined connection
 * (the server's) it leaves with the first query in one write, one round trip instead of two. So is
 * the COMMIT of a read-only transaction, whose answer no response waits for (`AHEAD_LAST`): under
 * load it shares a write with the next request's preamble. On a connection that is
 * not pipelined (the embedded database's) each statement still waits for the one before it, so the
 * outcome is the same, only without the saving.
 */
export function sendAhead(client: pg.Client): void {
  const send = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const pipelined = Boolean((client as { pipeline?: boolean }).pipeline);
  // The statements sent ahead since the last other one: once all are answered, the first error, if any.
  let earlier: Promise<unknown> | undefined;
  let corked = false;
  const { stream } = (client as unknown as { connection: { stream: Corkable } }).connection;

  // biome-ignore lint/suspicious/noExplicitAny: node-postgres's query() is a set of overloads
  (client as any).query = (config: unknown, values?: unknown, callback?: unknown): unknown => {
    const last = typeof config === 'string' && config.startsWith(AHEAD_LAST);
    if (last || (typeof config === 'string' && config.startsWith(AHEAD))) {
      if (values !== undefined && !(Array.isArray(values) && values.length === 0))
        throw new Error('a statement sent ahead takes no parameters');
      if (callback !== undefined) throw new Error('a statement sent ahead answers a promise');
      holdWrites(last ? setImmediate : process.nextTick);
      const before = earlier ?? ANSWERED;
      const sent = pipelined ? send(config) : before.then(() => send(config));
      const outcome = sent.then(
        () => undefined,
        (error: unknown) => error ?? new Error('statement sent ahead failed'),
      );
      earlier = Promise.all([before, outcome]).then(([first, latest]) => first ?? latest);
      return Promise.resolve(EMPTY);
    }
    if (corked) process.nextTick(flush); // whatever waits in the socket leaves with this statement
    if (earlier === undefined) return send(config, values, callback);
    const failedBefore = earlier;
    earlier = undefined;
    const isPromiseQuery =
      typeof config === 'string' && callback === undefined && typeof values !== 'function';
    if (pipelined && isPromiseQuery) {
      const result = send(config, values);
      result.catch(() => {}); // read below, after the earlier outcomes
      return failedBefore.then((failed) => (failed === undefined ? result : Promise.reject(failed)));
    }
    // Not pipelined, or a form that cannot take an error in its place (a callback, a submittable):
    // it waits for the earlier statements' answers, and is sent only if they succeeded.
    const done = typeof values === 'function' ? values : callback;
    if (typeof done === 'function') {
      failedBefore.then((failed) => (failed === undefined ? send(config, values, callback) : done(failed)));
      return undefined;
    }
    if (!isPromiseQuery)
      throw new Error('only a query with a promise or a callback may follow one sent ahead');
    return failedBefore.then((failed) =>
      failed === undefined ? send(config, values) : Promise.reject(failed),
    );
  };

  // On a pipelined connection the ahead statements and the next one leave in one write: the socket is
  // corked until the current run of promise callbacks is over (`process.nextTick`), which is when an
  // awaiting caller has written its next statement too; for `AHEAD_LAST`, until the event loop's turn
  // is over (`setImmediate`), unless a statement comes first. Should nothing follow, they leave alone.
  function holdWrites(until: (flush: () => void) => unknown): void {
    if (!pipelined) return;
    if (!corked) {
      corked = true;
      stream.cork();
    }
    until(flush);
  }

  function flush(): void {
    if (!corked) return;
    corked = false;
    stream.uncork();
  }
}

interface Corkable {
  cork(): void;
  uncork(): void;
}

const ANSWERED: Promise<unknown> = Promise.resolve(undefined);
const EMPTY = Object.freeze({ command: '', rowCount: 0, rows: [], fields: [], oid: 0 });
