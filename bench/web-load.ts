// What the web app makes a browser load: for the sign-in page, the People list and a person's page,
// the JavaScript fetched (how many files; their bytes as served, as sent on the wire, and as gzip
// would send them) and the time from navigation start to the page's main heading in the document
// (median of --runs cold loads, each in a fresh browser context, so nothing is cached). Baseline,
// measured in the same run: every JavaScript chunk of the build, i.e. the whole app, which is what
// every page loaded while the app was one chunk. Times are the machine's: browser, server and
// database share its CPUs.
// It builds nothing: build the web app first, then run it (no npm needed):
//   node --import tsx scripts/build-web.ts
//   node --import tsx bench/web-load.ts [--runs 10] [--people 200] [--latency 40 --mbps 10]
// It starts `rapport serve --skip-web-build` on a `rapport demo --people N` workspace in an embedded
// database in a temporary directory, and Debian's Chromium (/usr/bin/chromium) through playwright-core.
// Not in `npm run bench` (bin/bench.mjs), whose scripts measure the server on a back-end and a
// dataset size: this one measures the build, and needs it and a browser.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import zlib from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { report, round } from './support/measure.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ASSETS = path.join(ROOT, 'web', 'dist', 'assets');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    people: { type: 'string', default: '200' },
    // A slower network than loopback, emulated by Chromium: added round-trip ms, and Mbit/s down.
    latency: { type: 'string', default: '0' },
    mbps: { type: 'string', default: '0' },
  },
  strict: false,
});
const runs = Number(values.runs);
const people = Number(values.people);
const network = { latency: Number(values.latency), mbps: Number(values.mbps) };
const networkLabel =
  network.latency || network.mbps ? `, ${network.latency} ms RTT, ${network.mbps || '∞'} Mbit/s` : '';

if (!fs.existsSync(path.join(ROOT, 'web', 'dist', 'index.html'))) {
  process.stderr.write('web/dist is not built: run `node --import tsx scripts/build-web.ts` first.\n');
  process.exit(1);
}

// The whole app: every JavaScript chunk the build emitted, as served (the server does not compress)
// and as gzip would send it.
const chunks = fs.readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
const whole = chunks.reduce(
  (sum, name) => {
    const bytes = fs.readFileSync(path.join(ASSETS, name));
    return { raw: sum.raw + bytes.length, gzip: sum.gzip + zlib.gzipSync(bytes).length };
  },
  { raw: 0, gzip: 0 },
);
const largest = Math.max(...chunks.map((name) => fs.statSync(path.join(ASSETS, name)).size));

const server = await startServer(people);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
try {
  // One sign-in, whose cookie every signed-in cold load starts with.
  const login = await browser.newContext();
  const signIn = await login.request.post(`${server.url}/api/v1/auth/sign-in`, {
    data: { email: server.login.email, password: server.login.password },
  });
  if (!signIn.ok()) throw new Error(`sign-in: ${signIn.status()} ${await signIn.text()}`);
  const session = await login.storageState();
  const list = await login.request.get(`${server.url}/api/v1/people?limit=1`);
  const person = ((await list.json()) as { data: { id: string; name: string }[] }).data[0];
  await login.close();
  if (!person) throw new Error('the demo workspace has no people');

  report(`web app: all JavaScript (${chunks.length} chunk${chunks.length === 1 ? '' : 's'})`, {
    'JS bytes': whole.raw,
    'JS bytes gzip': whole.gzip,
    'largest chunk bytes': largest,
  });
  const pages = [
    { name: 'sign-in', path: '/sign-in', heading: { level: 1, text: 'Sign in' }, signedIn: false },
    { name: 'People list', path: '/people', heading: { level: 2, text: 'People' }, signedIn: true },
    {
      name: 'person page',
      path: `/people/${person.id}`,
      heading: { level: 2, text: person.name },
      signedIn: true,
    },
  ];
  for (const page of pages) {
    const loads: Load[] = [];
    for (let i = 0; i < runs; i++)
      loads.push(await coldLoad(browser, server.url + page.path, page.heading, page.signedIn && session));
    const last = loads[loads.length - 1] as Load;
    report(`web load: ${page.name} (${page.path.replace(person.id, '{id}')}${networkLabel})`, {
      runs,
      'JS requests': last.requests,
      'JS bytes': last.raw,
      'JS bytes on the wire': last.wire,
      'content-encoding': last.encodings.join(',') || 'none',
      'JS bytes gzip': last.gzip,
      'ratio to whole app': round(last.raw / whole.raw),
      'heading ms p50': round(median(loads.map((l) => l.headingMs)), 1),
      'heading ms min..max': [
        round(Math.min(...loads.map((l) => l.headingMs)), 1),
        round(Math.max(...loads.map((l) => l.headingMs)), 1),
      ],
    });
  }
} finally {
  await browser.close();
  await server.stop();
}

interface Load {
  requests: number;
  raw: number;
  gzip: number;
  wire: number;
  encodings: string[];
  headingMs: number;
}

type Session = Awaited<ReturnType<Awaited<ReturnType<Browser['newContext']>>['storageState']>>;

/**
 * One load in a fresh context (empty cache): the JavaScript responses it received, and when the heading
 * entered the document, by the page's own clock (performance.now() counts from navigation start).
 */
async function coldLoad(
  browser: Browser,
  url: string,
  heading: { level: number; text: string },
  session: Session | false,
): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    ...(session && { storageState: session }),
  });
  // The page's own script, run before the app's: notes when the heading enters the document.
  await context.addInitScript({
    content: `new MutationObserver((_, observer) => {
      const want = ${JSON.stringify(heading)};
      const found = [...document.querySelectorAll('h' + want.level)].some((h) => h.textContent.trim() === want.text);
      if (!found) return;
      window.headingAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true, characterData: true });`,
  });
  const page = await context.newPage();
  if (network.latency || network.mbps) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latency,
      downloadThroughput: network.mbps ? (network.mbps * 1e6) / 8 : -1,
      uploadThroughput: -1,
    });
  }
  const responses: Promise<{ raw: number; gzip: number; wire: number; encoding: string }>[] = [];
  page.on('response', (response) => {
    if (!(response.headers()['content-type'] ?? '').includes('javascript')) return;
    responses.push(
      Promise.all([response.body(), response.request().sizes()]).then(([body, sizes]) => ({
        raw: body.length,
        gzip: zlib.gzipSync(body).length,
        wire: sizes.responseBodySize,
        encoding: response.headers()['content-encoding'] ?? '',
      })),
    );
  });
  await page.goto(url);
  await page.getByRole('heading', { level: heading.level, name: heading.text, exact: true }).waitFor();
  const headingMs = Number(await page.evaluate('window.headingAt'));
  // Chunks the page asks for after its heading (the note editor, say) count too: wait for quiet.
  await page.waitForLoadState('networkidle');
  const js = await Promise.all(responses);
  await context.close();
  return {
    requests: js.length,
    raw: js.reduce((sum, r) => sum + r.raw, 0),
    gzip: js.reduce((sum, r) => sum + r.gzip, 0),
    wire: js.reduce((sum, r) => sum + r.wire, 0),
    encodings: [...new Set(js.map((r) => r.encoding).filter(Boolean))],
    headingMs,
  };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** `rapport serve` on a fresh embedded database holding a demo workspace, as a user would run it. */
async function startServer(demoPeople: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-web-load-'));
  const { DATABASE_URL: _database, SMTP_URL: _smtp, ...inherited } = process.env;
  const env = { ...inherited, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const cli = path.join(ROOT, 'bin', 'rapport.mjs');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [cli, 'demo', '--people', String(demoPeople), '--json'],
    { cwd: ROOT, env },
  );
  const login = JSON.parse(stdout) as { email: string; password: string };
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [cli, 'serve', '--skip-web-build'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: url },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`rapport serve exited with code ${child.exitCode}`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error('rapport serve was not ready within 120 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, login, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    probe.on('error', reject);
  });
}
