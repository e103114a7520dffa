#!/usr/bin/env node
// The `rapport` command. TypeScript sources run through tsx's loader: no build step stands between a
// checkout and a running server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
