import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { createWorkspace } from '../../modules/workspaces/index.ts';
import { compiledOnce } from './compiled.ts';
import { asSystem, inWorkspace, type Tx } from './transaction.ts';

let database: TestDatabase;
let left: string;
let right: string;
beforeAll(async () => {
  database = await freshDatabase();
  const created = [];
  for (const [i, name] of ['Left', 'Right'].entries()) {
    created.push(
      await createWorkspace(database.db, {
        name,
        admin: { email: `compiled-${i}@example.com`, name, password: 'correct horse battery' },
        via: 'cli',
      }),
    );
  }
  [left, right] = created.map((w) => w.workspaceId) as [string, string];
  await database.db.pool.query(
    `INSERT INTO teams (workspace_id, name) VALUES ($1, 'Ops'), ($1, 'Sales'), ($2, 'Ops')`,
    [left, right],
  );
});
afterAll(() => database.drop());

const teamNamed = compiledOnce((tx: Tx, workspaceId: string, name: string) =>
  tx
    .selectFrom('teams')
    .select(['workspace_id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', name)
    .where('name', '<>', 'never a team'),
);

describe('a query compiled once', () => {
  it('runs with each call’s arguments in place of the first call’s, constants kept', async () => {
    await asSystem(database.db, async (tx) => {
      expect(await teamNamed(tx, left, 'Ops')).toEqual([{ workspace_id: left, name: 'Ops' }]);
      expect(await teamNamed(tx, right, 'Ops')).toEqual([{ workspace_id: right, name: 'Ops' }]);
      expect(await teamNamed(tx, left, 'Sales')).toEqual([{ workspace_id: left, name: 'Sales' }]);
      expect(await teamNamed(tx, right, 'Sales')).toEqual([]);
    });
  });

  it('stays under row-level security: compiled as one workspace, it never reads another', async () => {
    const anyOps = compiledOnce((tx: Tx, name: string) =>
      tx.selectFrom('teams').select('workspace_id').where('name', '=', name),
    );
    const context = (workspaceId: string) => ({
      workspaceId,
      actor: { type: 'system', id: null } as const,
      via: 'system' as const,
    });
    expect(await inWorkspace(database.db, context(left), (tx) => anyOps(tx, 'Ops'))).toEqual([
      { workspace_id: left },
    ]);
    expect(await inWorkspace(database.db, context(right), (tx) => anyOps(tx, 'Ops'))).toEqual([
      { workspace_id: right },
    ]);
  });

  it('takes an argument used twice', async () => {
    const either = compiledOnce((tx: Tx, name: string) =>
      tx
        .selectFrom('teams')
        .select('name')
        .where((eb) => eb.or([eb('name', '=', name), eb('name', '=', name)])),
    );
    await asSystem(database.db, async (tx) => {
      expect(await either(tx, 'Sales')).toEqual([{ name: 'Sales' }]);
    });
  });

  it('refuses a query an argument shapes, or that holds an argument other than as a whole parameter', async () => {
    const cases = [
      compiledOnce((tx: Tx, column: string) => tx.selectFrom('teams').select(sql.ref(column).as('x'))),
      compiledOnce((tx: Tx, part: string) =>
        tx.selectFrom('teams').select('name').where('name', 'like', `%${part}%`),
      ),
      compiledOnce((tx: Tx, _unused: string) => tx.selectFrom('teams').select('name')),
      compiledOnce((tx: Tx, name: string) =>
        tx.selectFrom('teams').select('name').where('name', '=', sql.lit(name)),
      ),
    ];
    await asSystem(database.db, async (tx) => {
      for (const query of cases) {
        await expect(query(tx, 'Ops')).rejects.toThrow(/compiledOnce/);
      }
    });
  });
});
