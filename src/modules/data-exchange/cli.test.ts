import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rapport } from '../../../tests/process/rapport-process.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

/** `rapport import` and `rapport export` as a user runs them: child processes talking to a server. */
let server: TestServer;
let ws: TestWorkspace;
let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer({ env: { RAPPORT_JOB_WORKERS: '1' } });
  ws = await buildWorkspace(server);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-cli-'));
  const token = (ws.api.headers.authorization ?? '').replace('Bearer ', '');
  env = { RAPPORT_URL: server.url, RAPPORT_TOKEN: token };
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await server.stop();
});

describe('rapport import', () => {
  it('imports a file with --map and --dedupe, prints counts as JSON, and writes the rejected rows', async () => {
    const file = path.join(dir, 'contacts.csv');
    fs.writeFileSync(
      file,
      [
        'Given,Family,Mail,Notes',
        'Ada,Lovelace,ada@cli.example,x',
        'Bad,Mail,nope,y',
        'Grace,Hopper,grace@cli.example,z',
      ].join('\n'),
    );
    const args = [
      'import',
      'people',
      file,
      '--map',
      'Given=firstName',
      'Family=lastName',
      'Mail=email',
      '--dedupe',
      'email',
    ];
    const run = await rapport([...args, '--json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ status: 'completed', created: 2, updated: 0, skipped: 0, rejected: 1 });
    expect(summary.rejectedFile).toBe(`${file}.rejected.csv`);
    // For fixing in a spreadsheet: a byte-order mark first, so Excel reads the accents.
    const written = fs.readFileSync(`${file}.rejected.csv`, 'utf8');
    expect(written.startsWith('\uFEFF')).toBe(true);
    const rejected = parse(written, { bom: true }) as string[][];
    expect(rejected).toEqual([
      ['Given', 'Family', 'Mail', 'Notes', 'reason'],
      ['Bad', 'Mail', 'nope', 'y', 'Mail: "nope" is not an e-mail address.'],
    ]);
    const ada = (await ws.api.get('/people?email=ada@cli.example')).body.data[0];
    expect(ada).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', source: 'import' });

    fs.writeFileSync(file, ['Given,Family,Mail,Notes', 'Ada,Lovelace,ada@cli.example,x'].join('\n'));
    const again = await rapport(args, env);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      'contacts.csv: 0 created, 0 updated, 1 skipped, 0 rejected\n' +
        'Skipped: rows whose record already held every value they gave, and blank lines.\n',
    );
    expect(fs.existsSync(`${file}.rejected.csv`)).toBe(false);

    // Two rows of one file for one person: both apply, in file order, and the summary says so.
    fs.writeFileSync(
      file,
      ['Given,Family,Mail,Notes', 'Ada,Byron,ada@cli.example,', 'Ada,King,ADA@cli.example,'].join('\n'),
    );
    const twice = await rapport(args, env);
    expect(twice.stdout).toBe(
      'contacts.csv: 0 created, 2 updated, 0 skipped, 0 rejected\n' +
        '1 of the updated rows wrote a record an earlier row of the file had written: the later row stands.\n',
    );
    expect((await ws.api.get('/people?email=ada@cli.example')).body.data[0].lastName).toBe('King');
  });

  it('reads dates as numbers in the order --date-order says, phones in --phone-country, owners not found as --unknown-owner says', async () => {
    const field = await ws.api.post('/custom-fields', {
      objectType: 'people',
      label: 'Met on',
      type: 'date',
    });
    expect(field.status, field.text).toBe(201);
    const file = path.join(dir, 'met.csv');
    fs.writeFileSync(
      file,
      'Email,Met on,Phone,Owner,Lifecycle Stage\nmet@cli.example,05/12/2023,06 12 34 56 78,someone@elsewhere.example,MQL\n',
    );
    const values = path.join(dir, 'values.json');
    fs.writeFileSync(values, JSON.stringify({ 'Lifecycle Stage': { MQL: 'subscriber' } }));
    const run = await rapport(
      [
        'import',
        'people',
        file,
        '--date-order',
        'month-first',
        '--phone-country',
        'FR',
        '--unknown-owner',
        'ignore',
        '--values',
        values,
      ],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const met = (await ws.api.get('/people?email=met@cli.example')).body.data[0];
    expect(met.customFields.metOn).toBe('2023-05-12');
    expect(met.phone).toBe('+33612345678');
    expect(met.ownerId).toBe(ws.admin.id);
    expect(met.lifecycleStage).toBe('subscriber');

    fs.writeFileSync(values, '["MQL"]');
    const bad = await rapport(['import', 'people', file, '--values', values], env);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('give an object of columns, each an object of texts and what they become');
  });

  it('finds records by a unique field with --match-on, whatever their e-mails have become', async () => {
    const field = await ws.api.post('/custom-fields', {
      objectType: 'people',
      label: 'Legacy ID',
      type: 'text',
      unique: true,
    });
    expect(field.status, field.text).toBe(201);
    const file = path.join(dir, 'legacy.csv');
    const options = ['--dedupe', 'email', '--match-on', 'legacyId', '--json'];
    fs.writeFileSync(file, 'Legacy ID,First Name,Email\nL-1,Old,old@cli.example\n');
    expect((await rapport(['import', 'people', file, ...options], env)).code).toBe(0);
    fs.writeFileSync(file, 'Legacy ID,First Name,Email\nL-1,Renamed,new@cli.example\n');
    const run = await rapport(['import', 'people', file, ...options], env);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 0, updated: 1 });
    const found = (await ws.api.get('/people?email=new@cli.example')).body.data;
    expect(
      found.map((p: { firstName: string; customFields: Record<string, string> }) => p.firstName),
    ).toEqual(['Renamed']);
  });

  it('fails with one line on stderr: no file, no server, a wrong token, a bad mapping', async () => {
    const file = path.join(dir, 'one.csv');
    fs.writeFileSync(file, 'Email\na@example.com\n');
    const runs = await Promise.all([
      rapport(['import', 'people', path.join(dir, 'missing.csv')], env),
      rapport(['import', 'people', file], { ...env, RAPPORT_URL: 'http://127.0.0.1:9' }),
      rapport(['import', 'people', file], { ...env, RAPPORT_TOKEN: 'rpt_wrong' }),
      rapport(['import', 'people', file, '--map', 'Email=salary'], env),
      rapport(['import', 'deals', file], env),
    ]);
    for (const run of runs) {
      expect(run.code).not.toBe(0);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^rapport: /);
    }
    expect(runs[0]?.stderr).toMatch(/no such file/);
    expect(runs[1]?.stderr).toMatch(/cannot reach/);
    expect(runs[2]?.stderr).toMatch(/401/);
    expect(runs[3]?.stderr).toMatch(/Unknown field "salary"/);
  });
});

describe('rapport export', () => {
  it('streams CSV, JSON and vCards to stdout, filtered', async () => {
    await ws.api.post('/people', { firstName: 'Exported', email: 'exp@cli.example', tags: ['export'] });
    const filter = JSON.stringify({ field: 'tags', op: 'hasAny', value: ['export'] });
    const csv = await rapport(['export', 'people', '--filter', filter, '--columns', 'email,firstName'], env);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe('email,firstName\r\nexp@cli.example,Exported\r\n');
    const json = await rapport(['export', 'people', '--format', 'json', '--filter', filter], env);
    expect(JSON.parse(json.stdout)).toMatchObject([{ email: 'exp@cli.example', tags: ['export'] }]);
    const vcf = await rapport(['export', 'people', '--format', 'vcf', '--filter', filter], env);
    expect(vcf.stdout).toMatch(
      /^BEGIN:VCARD\r\nVERSION:4\.0\r\n[\s\S]*EMAIL;TYPE=work:exp@cli\.example\r\n[\s\S]*END:VCARD\r\n$/,
    );
    const bad = await rapport(['export', 'people', '--filter', '{"field":"nope"}'], env);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^rapport: the server answered 400/);
  });
});
