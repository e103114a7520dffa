// Writes the OpenAPI document's TypeScript types for the web client (web/src/api/schema.gen.ts).
// `npm run openapi` after changing a route; a test fails while the file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../src/app.ts';
import { generateClientTypes } from './openapi-types.ts';

const target = path.join(ROOT_DIR, 'web', 'src', 'api', 'schema.gen.ts');
fs.writeFileSync(target, await generateClientTypes());
process.stdout.write(`wrote ${path.relative(ROOT_DIR, target)}\n`);
