// `npm run build`: builds the web app (web/dist) and records the sources it was built from, so that
// `rapport serve` does not build it again.
import { ensureWebBuilt } from '../src/cli/web-build.ts';
import { createLogger } from '../src/platform/log/logger.ts';

await ensureWebBuilt(createLogger('info'), { force: true });
