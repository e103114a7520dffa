/**
 * The client side of `rapport import` and `rapport export`: they talk to a running server through
 * the public API, like any program, so they know nothing of the server's code.
 */
export interface Remote {
  /** The API base, e.g. http://127.0.0.1:3000/api/v1 */
  base: string;
  token: string;
}

export interface RemoteOptions {
  url?: string | undefined;
  token?: string | undefined;
}

export function remoteOf(options: RemoteOptions): Remote {
  const url = options.url ?? process.env.RAPPORT_URL;
  const token = options.token ?? process.env.RAPPORT_TOKEN;
  if (!url) throw new Error('give the server with --url or RAPPORT_URL (e.g. http://127.0.0.1:3000)');
  if (!token) throw new Error('give an API token with --token or RAPPORT_TOKEN');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`"${url}" is not a URL`);
  }
  const root = parsed
    .toString()
    .replace(/\/+$/, '')
    .replace(/\/api\/v1$/, '');
  return { base: `${root}/api/v1`, token };
}

export async function call(
  remote: Remote,
  method: string,
  path: string,
  init: { json?: unknown; body?: RequestInit['body']; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${remote.token}`, ...init.headers };
  let body = init.body;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  const send = () =>
    fetch(`${remote.base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body, duplex: 'half' }),
    } as RequestInit);
  const response = await (method === 'GET' ? withRetries(send) : send()).catch((error: unknown) => {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(
      `cannot reach ${remote.base}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
    );
  });
  if (!response.ok) throw await failure(response);
  return response;
}

/**
 * A read sent again when the connection broke: a busy server (the embedded database runs on its
 * only thread) may close a kept-alive connection just as the next request goes out on it.
 */
async function withRetries(send: () => Promise<Response>): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (attempt >= 4 || code === 'ECONNREFUSED' || code === 'ENOTFOUND') throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

export async function callJson<T>(remote: Remote, method: string, path: string, json?: unknown): Promise<T> {
  const response = await call(remote, method, path, json === undefined ? {} : { json });
  return (await response.json()) as T;
}

/** A problem details answer as one line: what failed and where. */
async function failure(response: Response): Promise<Error> {
  const text = await response.text().catch(() => '');
  let detail = text.slice(0, 300) || response.statusText;
  try {
    const problem = JSON.parse(text) as { detail?: string; errors?: { path: string; message: string }[] };
    detail = problem.detail ?? detail;
    if (problem.errors?.length)
      detail += ` (${problem.errors.map((e) => `${e.path}: ${e.message}`).join('; ')})`;
  } catch {
    // not problem details: the text as it came
  }
  return new Error(`the server answered ${response.status}: ${detail}`);
}
