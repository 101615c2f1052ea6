/**
 * Vite build of the rasd web page: web/ → web/dist, served by `rasd serve`. No inline script
 * or style is emitted, so the server's CSP (script-src 'self', style-src 'self') holds.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8377', '/openapi.json': 'http://127.0.0.1:8377' } },
});
