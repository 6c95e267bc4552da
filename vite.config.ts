import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
// `npm run dev:web` serves the SPA with hot reload and hands /api to the API started by `npm run dev`.
const apiOrigin = process.env.API_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  root: `${projectRoot}src/web`,
  plugins: [react()],
  build: {
    outDir: `${projectRoot}dist/web`,
    emptyOutDir: true,
    // The server's CSP forbids inline scripts, so never inline the module-preload helper or small assets as data: scripts.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': {
        target: apiOrigin,
        // The browser's origin is the dev server's; the API accepts writes only from its own origin (CSRF check).
        configure: (proxy) => proxy.on('proxyReq', (request) => request.hasHeader('origin') && request.setHeader('origin', apiOrigin)),
      },
    },
  },
});
