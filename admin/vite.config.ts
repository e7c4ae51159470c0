// The admin console's build: static files in dist/admin, served by Hub at /admin (routes/console.ts).
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  root: here('.'),
  base: '/admin/',
  // React's automatic JSX runtime through esbuild: no plugin needed for a build without hot reload state.
  esbuild: { jsx: 'automatic' },
  resolve: {
    // The hey-api SDK generated from Hub's own OpenAPI document (`npm run openapi:types`, drift-checked by the
    // OpenAPI tests): the console has no private API.
    alias: { '@hub/api': here('../test/openapi/hey-api') },
  },
  build: {
    outDir: here('../dist/admin'),
    emptyOutDir: true,
    // A strict Content-Security-Policy (no inline script or style): nothing inlined as data: URLs but images.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
})
