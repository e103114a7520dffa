import { type Compilable, type CompiledQuery, createQueryId } from 'kysely';
import type { Tx } from './transaction.ts';

/**
 * A query of one fixed shape, built and compiled by Kysely once: each later call only puts its
 * arguments in the parameters of that first compilation. Building and compiling the select behind
 * `GET /people/{id}` took a tenth of that route's CPU time (docs/benchmarks.md), for SQL text that
 * never changes.
 *
 * `build` must pass its arguments on as values (`where('p.id', '=', id)`) and never look at them: the
 * first call builds with stand-ins, twice, and refuses a query whose text differs between the two or
 * that holds a stand-in anywhere but as a whole parameter.
 */
export function compiledOnce<Args extends unknown[], Row>(
  build: (tx: Tx, ...args: Args) => Compilable<Row>,
): (tx: Tx, ...args: Args) => Promise<Row[]> {
  let template: { compiled: CompiledQuery<Row>; slots: (number | undefined)[] } | undefined;
  return async (tx, ...args) => {
    template ??= compileTemplate(tx, build, args.length);
    const { compiled, slots } = template;
    const parameters = compiled.parameters.map((value, i) => {
      const slot = slots[i];
      return slot === undefined ? value : args[slot];
    });
    const result = await tx.executeQuery<Row>({ ...compiled, parameters, queryId: createQueryId() });
    return result.rows;
  };
}

function compileTemplate<Args extends unknown[], Row>(
  tx: Tx,
  build: (tx: Tx, ...args: Args) => Compilable<Row>,
  arity: number,
) {
  const standIns = (round: number) =>
    Array.from({ length: arity }, (_, i) => `${STAND_IN}${round}:${i}`) as Args;
  const slotsOf = (parameters: readonly unknown[], given: Args) =>
    parameters.map((value) => (given.includes(value) ? given.indexOf(value) : undefined));
  const first = standIns(1);
  const second = standIns(2);
  const compiled = build(tx, ...first).compile();
  const again = build(tx, ...second).compile();
  const slots = slotsOf(compiled.parameters, first);
  const sameShape =
    again.sql === compiled.sql && JSON.stringify(slotsOf(again.parameters, second)) === JSON.stringify(slots);
  const whole =
    new Set(slots.filter((slot) => slot !== undefined)).size === arity &&
    !compiled.sql.includes(STAND_IN) &&
    compiled.parameters.every(
      (value, i) => slots[i] !== undefined || !JSON.stringify(value ?? null).includes(STAND_IN),
    );
  if (!sameShape || !whole) {
    throw new Error(
      'compiledOnce: each argument must reach the query as one whole parameter, and only there',
    );
  }
  return { compiled, slots };
}

const STAND_IN = 'compiledOnce:stand-in:';
