/** Builds the app once and serves dist/ on a loopback port for the browser tests. */
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which would give a development build of React: build for production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ logLevel: 'warn', mode: 'production' });
  process.env.NODE_ENV = nodeEnv;
  server = await preview({ preview: { host: '127.0.0.1', port: 4173, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  project.provide('baseUrl', url);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
