import openapiTS, { astToString } from 'openapi-typescript';
import { routes, VERSION } from '../src/app.ts';
import { buildOpenApiDocument } from '../src/platform/http/openapi.ts';

export async function generateClientTypes(): Promise<string> {
  const document = buildOpenApiDocument(routes, { version: VERSION, serverUrl: 'http://127.0.0.1:3000' });
  // enumValues: the server's lists (stages, types, roles…) as arrays too, so the web never copies one.
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), { enumValues: true });
  return `// Generated from the OpenAPI document by \`npm run openapi\`. Do not edit.\n${astToString(ast)}`;
}
