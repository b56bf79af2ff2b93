// Serving the built app for the bench: over HTTPS with HTTP/2 as a real host serves it (a
// throwaway self-signed certificate made with openssl; the service worker needs HTTPS), or plain
// HTTP/1.1. Vite's preview server gzips as a host would, and speaks HTTP/2 when given a certificate.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';

export const root = new URL('../..', import.meta.url).pathname;

/** The production build, as `npm run build` and the browser tests make it. */
export function buildApp() {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--mode', 'production'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** The prerendered first screen with every script and preload removed: what "instant" looks like. */
export function makePlainCopy() {
  const plainDir = join(root, 'node_modules/.bench-plain');
  rmSync(plainDir, { recursive: true, force: true });
  mkdirSync(plainDir, { recursive: true });
  cpSync(join(root, 'dist'), plainDir, { recursive: true });
  const html = readFileSync(join(root, 'dist/index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  writeFileSync(join(plainDir, 'index.html'), html);
  rmSync(join(plainDir, 'sw.js'));
  return plainDir;
}

function certificate() {
  const dir = join(root, 'node_modules/.bench-cert');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30',
        '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    } catch {
      throw new Error('npm run bench needs openssl to make a local HTTPS certificate (or run it with -- --http1)');
    }
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * Serves `dist/` (or `appDir`), and, when `plainDir` is given, the plain copy beside it, on
 * loopback ports. `protocol` is 'h2' (HTTPS, HTTP/2) or 'http1' (plain HTTP/1.1).
 */
export async function serve(protocol, plainDir, appDir = join(root, 'dist')) {
  const https = protocol === 'h2' ? certificate() : undefined;
  const scheme = https ? 'https' : 'http';
  const start = (outDir, port) =>
    preview({ root, build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: false, https }, logLevel: 'error' });
  const app = await start(appDir, 4300);
  const plain = plainDir ? await start(plainDir, 4310) : undefined;
  const urlOf = (server) => server?.resolvedUrls?.local[0] ?? `${scheme}://127.0.0.1:${server?.config.preview.port}/`;
  return {
    scheme,
    appUrl: urlOf(app),
    plainUrl: plain && urlOf(plain),
    close: async () => {
      await app.close();
      await plain?.close();
    },
  };
}
