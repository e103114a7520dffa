import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { API_BASE } from './env.ts';
import type { Route } from './route.ts';

export const ProblemSchema = z
  .object({
    type: z.string().meta({ example: 'https://rapport.dev/problems/validation-failed' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });

const PROBLEMS: Record<number, string> = {
  400: 'The request is not valid (unknown fields, bad values, malformed JSON).',
  401: 'No valid credentials.',
  403: 'The role does not allow this, or the CSRF token is missing.',
  404: 'No such record in this workspace.',
  409: 'Conflicts with the current state.',
  412: 'If-Match does not match the current version.',
  413: 'The body is too large.',
  415: 'The body is not JSON.',
  422: 'Well-formed but cannot be processed (or an Idempotency-Key reused with another body).',
  429: 'Too many requests; retry after Retry-After seconds.',
};

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function buildOpenApiDocument(routes: Route[], info: { version: string; serverUrl: string }) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'apiToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token created in Settings → API tokens.',
  });
  registry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'rapport_session',
    description: 'The web UI session; writes also need the X-CSRF-Token header.',
  });
  const problemRef = (status: string) => ({ $ref: `#/components/responses/Problem${status}` });
  for (const [status, description] of Object.entries({ ...PROBLEMS, default: 'Unexpected error.' })) {
    registry.registerComponent('responses', `Problem${status}`, {
      description,
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    });
  }
  const problemJson = z.toJSONSchema(ProblemSchema) as unknown as {
    $defs: { Problem: Record<string, unknown> };
  };
  registry.registerComponent('schemas', 'Problem', problemJson.$defs.Problem);
  for (const { kind, spec } of routes) {
    const upload = kind === 'stream' ? spec.upload : undefined;
    const responses: RouteConfig['responses'] = {};
    for (const [status, response] of Object.entries(spec.responses)) {
      const content = response.schema
        ? { 'application/json': { schema: response.schema } }
        : response.content
          ? Object.fromEntries(Object.entries(response.content).map(([type, schema]) => [type, { schema }]))
          : undefined;
      responses[status] = { description: response.description, ...(content ? { content } : {}) };
    }
    for (const status of Object.keys(PROBLEMS)) {
      if (applies(Number(status), spec.method, spec.body ? 'json' : upload ? 'raw' : undefined, kind))
        responses[status] ??= problemRef(status);
    }
    responses.default = problemRef('default');
    const headers = requestHeaders(spec.method, kind);
    registry.registerPath({
      method: spec.method,
      path: spec.path,
      operationId: spec.operationId,
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      tags: [spec.tag],
      security: kind === 'public' ? [] : [{ apiToken: [] }, { session: [] }],
      request: {
        ...(spec.params ? { params: spec.params as z.ZodObject } : {}),
        ...(spec.query ? { query: spec.query as z.ZodObject } : {}),
        ...(headers ? { headers } : {}),
        ...(spec.body
          ? { body: { required: true, content: { 'application/json': { schema: spec.body } } } }
          : {}),
        ...(upload ? { body: rawBody(upload) } : {}),
      },
      responses,
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Rapport API',
      version: info.version,
      description:
        'The Rapport CRM API. JSON in and out; errors are RFC 9457 problem details; lists use cursor pagination.',
      license: { name: 'AGPL-3.0-only', identifier: 'AGPL-3.0-only' },
    },
    servers: [{ url: info.serverUrl + API_BASE }],
  });
}

/** An upload's body is the file itself, in any of the types the route reads. */
function rawBody(upload: { contentTypes: string[]; description: string }) {
  const schema = { type: 'string' as const, format: 'binary' };
  return {
    required: true,
    description: upload.description,
    content: Object.fromEntries(upload.contentTypes.map((type) => [type, { schema }])),
  };
}

function applies(
  status: number,
  method: string,
  body: 'json' | 'raw' | undefined,
  kind: Route['kind'],
): boolean {
  if ((status === 401 || status === 403) && kind === 'public') return false;
  if (status === 412) return method === 'patch' || method === 'delete';
  if (status === 413) return body !== undefined;
  // A raw body is read whatever its type; only a JSON body is refused for being something else.
  if (status === 415) return body === 'json';
  if (status === 404) return kind !== 'public';
  return true;
}

function requestHeaders(method: string, kind: Route['kind']): z.ZodObject | undefined {
  if (kind !== 'staff') return undefined;
  if (method === 'post') {
    return z.object({
      'idempotency-key': z
        .string()
        .max(255)
        .optional()
        .meta({ description: 'Replays the first answer when the same request is sent again with this key.' }),
    });
  }
  if (method === 'patch' || method === 'delete') {
    return z.object({
      'if-match': z
        .string()
        .optional()
        .meta({ description: 'The ETag of the version this change is based on; a stale one answers 412.' }),
    });
  }
  return undefined;
}
