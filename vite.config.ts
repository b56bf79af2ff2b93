/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { FIRST_NAMESPACES } from './src/i18n/languages.ts';
import { postBuild } from './scripts/postBuild.ts';
import { languageMissingNotices } from './scripts/languageMissingNotices.ts';

/**
 * The Content-Security-Policy for the built app: no inline scripts, no eval, nothing from other
 * hosts. frame-ancestors cannot be set in a meta tag: see docs/embedding.md for the header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const contentSecurityPolicy = {
  name: 'content-security-policy',
  apply: 'build' as const,
  transformIndexHtml: (html: string) =>
    html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
};

/**
 * V8's compile hint (Chromium 136 and later; to other browsers a comment): every function of the
 * file is compiled as the file arrives, off the main thread, instead of at its first call, which
 * fell inside the first taps ("Start now", the first choice, the first Continue) on a slow phone
 * (docs/performance.md, issue 22). It must open the file, so it is added last. Not in the language
 * files: they hold only texts.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const compileHints = {
  name: 'v8-compile-hints',
  apply: 'build' as const,
  generateBundle: {
    order: 'post' as const,
    handler(_options: unknown, bundle: Record<string, { type: string; fileName: string; code?: string }>) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && !file.fileName.includes('/locale-')) file.code = COMPILE_HINT + file.code;
      }
    },
  },
};

/** Tells scripts/report-size.mjs which language files a first visit downloads. */
const firstLoadManifest = {
  name: 'first-load-manifest',
  generateBundle(this: { emitFile: (file: object) => void }) {
    this.emitFile({ type: 'asset', fileName: 'first-load.json', source: JSON.stringify(FIRST_NAMESPACES) });
  },
};

export default defineConfig({
  plugins: [react(), languageMissingNotices(), firstLoadManifest, contentSecurityPolicy, compileHints, postBuild()],
  // Relative base: the built files work from any folder of any static host.
  base: './',
  build: {
    target: 'es2020',
    sourcemap: false,
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
      output: {
        // Language files are named locale-<lang>-<namespace>, so the size report can find them.
        chunkFileNames: (chunk) => {
          const locale = /locales\/([^/]+)\/([^/]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          if (locale) return `assets/locale-${locale[1]}-${locale[2]}-[hash].js`;
          // The chunk the app and the embed page share (React, XState, i18next) has no entry module
          // of its own; Rollup would name it after its first module ("styles").
          return chunk.facadeModuleId ? 'assets/[name]-[hash].js' : 'assets/shared-[hash].js';
        },
      },
    },
  },
  // Only the screen tests (*.test.tsx) need a DOM: setting up jsdom costs one to two seconds per
  // file, so the rules, flow, data and text tests run in plain Node.
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', 'node_modules/**'] },
      },
      {
        extends: true,
        test: { name: 'screens', environment: 'jsdom', include: ['tests/**/*.test.tsx'], exclude: ['tests/e2e/**', 'node_modules/**'], setupFiles: ['tests/setup.ts'] },
      },
    ],
  },
});
