import fs from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateClientTypes } from '../../scripts/openapi-types.ts';
import { ROOT_DIR } from '../../src/app.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

interface Operation {
  operationId?: string;
  requestBody?: {
    description?: string;
    content: Record<string, { schema: { example?: unknown; type?: string; format?: string } }>;
  };
}
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

describe('the OpenAPI document', () => {
  it('is served and passes an independent OpenAPI 3.1 validator', async () => {
    const response = await server.anonymous.get<Document>('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    const result = await new Validator().validate(response.body as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('gives every operation an id and every request body an example', async () => {
    const { body } = await server.anonymous.get<Document>('/api/v1/openapi.json');
    for (const [route, methods] of Object.entries(body.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        expect(operation.operationId, `${method} ${route}`).toBeTruthy();
        const schema = operation.requestBody?.content['application/json']?.schema;
        if (schema) expect(schema.example, `example for ${method} ${route}`).toBeDefined();
        else if (operation.requestBody)
          expect(operation.requestBody.description, `description of ${method} ${route}`).toBeTruthy();
      }
    }
  });

  it('describes the files that uploads read as their raw bodies, in the types they take', async () => {
    const { body } = await server.anonymous.get<Document>('/api/v1/openapi.json');
    const attach = body.paths['/activities/{id}/attachments']?.post?.requestBody;
    expect(Object.keys(attach?.content ?? {})).toEqual(['application/octet-stream', '*/*']);
    expect(attach?.content['*/*']?.schema).toEqual({ type: 'string', format: 'binary' });
    const importFile = body.paths['/imports/{id}/file']?.put?.requestBody;
    expect(Object.keys(importFile?.content ?? {})).toEqual([
      'text/csv',
      'text/vcard',
      'application/octet-stream',
    ]);
  });

  it('matches the client types the web app is built against (run `npm run openapi`)', async () => {
    const current = fs.readFileSync(path.join(ROOT_DIR, 'web/src/api/schema.gen.ts'), 'utf8');
    expect(current).toBe(await generateClientTypes());
  });

  it('is browsable at /api/docs without any CDN', async () => {
    const page = await server.anonymous.get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('/api/docs/swagger-ui-bundle.js');
    expect(page.text).not.toMatch(/https?:\/\//);
    expect((await server.anonymous.get('/api/docs/swagger-ui-bundle.js')).status).toBe(200);
  });
});

describe('the document a workspace sees', () => {
  it('types its custom fields in people records and the bodies that write them, and still validates', async () => {
    const { buildWorkspace } = await import('../support/factories.ts');
    const ws = await buildWorkspace(server, 'Typed');
    await ws.api.post('/custom-fields', {
      objectType: 'people',
      label: 'Tier',
      type: 'select',
      choices: [{ value: 'gold', label: 'Gold' }],
      required: true,
    });
    await ws.api.post('/custom-fields', {
      objectType: 'people',
      label: 'HubSpot ID',
      type: 'text',
      unique: true,
    });
    const doc = (await ws.api.get('/api/v1/openapi.json')).body;
    const person = doc.components.schemas.Person.properties.customFields;
    expect(person.properties.tier).toMatchObject({ type: 'string', enum: ['gold'], title: 'Tier' });
    expect(person.properties.hubspotId).toMatchObject({
      type: 'string',
      description: 'Unique: no two records hold the same value (409 otherwise).',
    });
    expect(person.required).toEqual(['tier']);
    const create =
      doc.paths['/people'].post.requestBody.content['application/json'].schema.properties.customFields;
    expect(create.properties.tier.anyOf[0].enum).toEqual(['gold']);
    const result = await new Validator().validate(doc);
    expect(result.valid).toBe(true);
    const anonymous = (await server.anonymous.get('/api/v1/openapi.json')).body;
    expect(anonymous.components.schemas.Person.properties.customFields.properties).toBeUndefined();
  });
});
