import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webDir = fileURLToPath(new URL('.', import.meta.url));

// `rapport serve` builds with this file (src/cli/web-build.ts); `npx vite --config web/vite.config.ts`
// serves the app with hot reload while a server runs on :3000.
export default defineConfig({
  root: webDir,
  plugins: [react()],
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
