import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// A single-page app loaded by Tauri from ui/dist. Relative base so the
// bundle works from any origin; no remote assets (the CSP allows 'self' only).
export default defineConfig({
  base: './',
  plugins: [svelte()],
  // Component tests (happy-dom) mount Svelte's client build, not its SSR one.
  resolve: process.env['VITEST'] ? { conditions: ['browser'] } : undefined,
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    fs: { allow: ['..'] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Keep everything in files: the CSP forbids inline scripts and styles.
    assetsInlineLimit: 0,
    cssCodeSplit: false,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
