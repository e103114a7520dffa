import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webDir = fileURLToPath(new URL('.', import.meta.url));

// `rapport serve` builds with this file (src/cli/web-build.ts); `npx vite --config web/vite.config.ts`
// serves the app with hot reload while a server runs on :3000.
export default defineConfig({
  root: webDir,
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      // Pages load by route (ui/lazy.tsx), which leaves many chunks of a few hundred bytes (an icon, a
      // hook) that a page would fetch one by one; chunks under 20 kB without side effects are merged into
      // others: a third fewer requests for a signed-in page, for about 10 kB more code.
      output: { experimentalMinChunkSize: 20_000 },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', ws: true },
    },
  },
});

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside each text file of the build, which the server
 * sends to browsers that accept them (src/platform/http/web.ts): compressed once here at the highest
 * levels (about 2 s for the whole app), never per request. The app's JavaScript is a third of its size
 * in Brotli.
 */
function precompress(): Plugin {
  return {
    name: 'rapport-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(name)) continue;
        const file = path.join(dir, name);
        const data = fs.readFileSync(file);
        // Below a packet's size compression saves no round trip.
        if (data.length < 1024) continue;
        const brotli = {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        };
        fs.writeFileSync(`${file}.br`, brotliCompressSync(data, { params: brotli }));
        fs.writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
}
