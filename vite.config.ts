/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { FIRST_NAMESPACES } from './src/i18n/languages.ts';

/** Tells scripts/report-size.mjs which language files a first visit downloads. */
const firstLoadManifest = {
  name: 'first-load-manifest',
  generateBundle(this: { emitFile: (file: object) => void }) {
    this.emitFile({ type: 'asset', fileName: 'first-load.json', source: JSON.stringify(FIRST_NAMESPACES) });
  },
};

export default defineConfig({
  plugins: [react(), firstLoadManifest],
  // Relative base: the built files work from any folder of any static host.
  base: './',
  build: {
    target: 'es2020',
    sourcemap: false,
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
