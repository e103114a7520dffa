import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const ROOT_DIR = path.resolve(import.meta.dirname, '..', '..', '..');

export interface RapportServer {
  url: string;
  stop(): Promise<void>;
  output(): string;
  /** The login `rapport demo --json` printed, when the server was started on a demo workspace. */
  demo?: DemoLogin;
}

export interface DemoLogin {
  workspaceId: string;
  email: string;
  password: string;
  apiToken: string;
}

/**
 * Starts `rapport serve` on a free port with a fresh data directory, as a user would, and waits for
 * /readyz. The server builds the web app first when its sources changed (src/cli/web-build.ts).
 */
export async function startRapport(options: {
  readyWithinMs: number;
  /** Build a demo workspace with `rapport demo` first, as a user trying Rapport would. */
  demo?: { people: number; seed: string };
}): Promise<RapportServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-browser-'));
  const url = `http://127.0.0.1:${port}`;
  // The embedded database in a fresh directory, and no mail server: mail is held in the outbox.
  const { DATABASE_URL: _database, SMTP_URL: _smtp, ...inherited } = process.env;
  let demo: DemoLogin | undefined;
  try {
    demo = options.demo && (await runDemo({ ...inherited, DATA_DIR: dataDir }, options.demo));
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const child = spawn(process.execPath, [path.join(ROOT_DIR, 'bin', 'rapport.mjs'), 'serve'], {
    cwd: ROOT_DIR,
    env: {
      ...inherited,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      LOG_LEVEL: 'warn',
    },
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let stopping = false;
  // A server that dies under a test fails every later step with "connection refused": say why at once.
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`rapport serve exited (${signal ?? code}) --- server output ---\n${output}`);
  });

  const server: RapportServer = {
    url,
    ...(demo && { demo }),
    output: () => output,
    stop: async () => {
      stopping = true;
      await stopProcess(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitUntilReady(url, child, options.readyWithinMs);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return server;
}

async function waitUntilReady(url: string, child: ChildProcess, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`rapport serve exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`rapport serve was not ready within ${withinMs} ms`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function runDemo(env: NodeJS.ProcessEnv, demo: { people: number; seed: string }): Promise<DemoLogin> {
  const args = ['demo', '--people', String(demo.people), '--seed', demo.seed, '--json'];
  const { stdout } = await run(process.execPath, [path.join(ROOT_DIR, 'bin', 'rapport.mjs'), ...args], {
    cwd: ROOT_DIR,
    env,
  });
  return JSON.parse(stdout) as DemoLogin;
}
