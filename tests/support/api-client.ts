/**
 * A small HTTP client for tests: real requests over loopback. A client carries either an API token
 * or a session cookie with its CSRF token, as a program or the web UI would.
 */
export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

// biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary JSON
export type Json = any;

export class ApiClient {
  readonly baseUrl: string;
  readonly headers: Readonly<Record<string, string>>;

  constructor(baseUrl: string, headers: Record<string, string> = {}) {
    this.baseUrl = baseUrl;
    this.headers = headers;
  }

  withToken(token: string): ApiClient {
    return new ApiClient(this.baseUrl, { authorization: `Bearer ${token}` });
  }

  withSession(cookie: string, csrfToken: string | null): ApiClient {
    return new ApiClient(this.baseUrl, { cookie, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) });
  }

  withHeaders(headers: Record<string, string>): ApiClient {
    return new ApiClient(this.baseUrl, { ...this.headers, ...headers });
  }

  get<T = Json>(path: string, headers: Record<string, string> = {}) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = Json>(path: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.request<T>('POST', path, body, headers);
  }
  patch<T = Json>(path: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.request<T>('PATCH', path, body, headers);
  }
  put<T = Json>(path: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.request<T>('PUT', path, body, headers);
  }
  delete<T = Json>(path: string, headers: Record<string, string> = {}) {
    return this.request<T>('DELETE', path, undefined, headers);
  }

  async request<T = Json>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    // Paths are API paths (`/users`) unless they name the server's own (`/api/…`, `/healthz`, a URL).
    const own = /^(https?:|\/api\/|\/healthz|\/readyz)/.test(path);
    const url = path.startsWith('http') ? path : `${this.baseUrl}${own ? path : `/api/v1${path}`}`;
    const init: RequestInit = { method, headers: { ...this.headers, ...headers } };
    if (body !== undefined) {
      // A string or bytes go as they are (malformed JSON, text that is not UTF-8); anything else as JSON.
      init.body = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const response = await fetchOnce(url, init);
    const text = await response.text();
    let parsed: unknown = text;
    if (text && /json/.test(response.headers.get('content-type') ?? '')) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }
}

/**
 * An idle keep-alive connection can be closed by the server at the moment a request is written to it
 * (the embedded database runs on the server's event loop, so a long statement lets both sides' idle
 * timers fire together). The server keeps idle connections 65 s, which makes that rare; like a
 * browser, retry a request that never reached the server, once, when it is safe to repeat.
 */
async function fetchOnce(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    const safe = init.method === 'GET' || init.method === 'HEAD';
    if (!safe || (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET')) throw error;
    return fetch(url, init);
  }
}
