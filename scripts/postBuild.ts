/**
 * After `vite build`: prerender the start page in every language (dist/index.html in English,
 * dist/<lang>/index.html for the others), then write the service worker with the list of every
 * built file: the app and English are copied on the first visit; another language's texts, start
 * page and font when they are first opened, so a first visit does not download every language.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_CODES } from '../src/i18n/languages.ts';
import { languageMissingNotices } from './languageMissingNotices.ts';

/**
 * Replaces the module script and its preloads with public/boot.js, which starts the app after the
 * prerendered page is painted (see that file).
 */
export function deferApp(html: string): string {
  const app = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!app) throw new Error('postBuild: no module script in index.html');
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);
  // At the end of the body, so the stylesheet is requested first and the page's paint never waits
  // for the loader.
  const boot = `<script src="./boot.js" data-app="${app[1]}" data-preload="${preloads.join(' ')}" defer></script>`;
  return html
    .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, '')
    .replace(/\s*<script type="module" crossorigin src="[^"]+"><\/script>/, '')
    .replace('</body>', `  ${boot}\n  </body>`);
}

/**
 * The page one folder down (dist/<code>/index.html): every relative address climbs one level. The
 * boot loader's data-preload lists several addresses in one attribute, each of which must climb.
 */
export function fromFolder(html: string): string {
  return html.replace(/="([^"]*)"/g, (_, value: string) => `="${value.split(' ').map((part) => (part.startsWith('./') ? `.${part}` : part)).join(' ')}"`);
}

async function prerender(dist: string) {
  const vite = await createServer({ configFile: false, plugins: [languageMissingNotices()], server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true } });
  try {
    const template = deferApp(readFileSync(join(dist, 'index.html'), 'utf8'));
    // A language whose letters come from a font this site serves links that font's styles, so its
    // prerendered page is readable before any script runs.
    const fontStyles = (font: string) =>
      readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.css') && readFileSync(join(dist, 'assets', f), 'utf8').includes(font));
    const { renderStartPage } = await vite.ssrLoadModule('/src/prerender.tsx');
    for (const language of LANGUAGE_CODES) {
      const page = await renderStartPage(language);
      const nested = language !== DEFAULT_LANGUAGE;
      let html = template
        .replace('<html lang="en" dir="ltr">', `<html lang="${language}" dir="${page.dir}">`)
        .replace(/<title>[^<]*<\/title>/, `<title>${page.title}</title>`)
        .replace('<div id="root"></div>', `<div id="root" data-prerendered="${language}">${page.html}</div>`)
        .replace(/<noscript>[\s\S]*?<\/noscript>/, `<noscript>${page.noscript}</noscript>`);
      const font = LANGUAGES[language].font;
      if (font !== 'device') {
        const family = font.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
        const links = fontStyles(family).map((f) => `<link rel="stylesheet" href="./assets/${f}">`).join('');
        html = html.replace('</head>', `${links}</head>`);
      }
      if (nested) {
        html = fromFolder(html);
        mkdirSync(join(dist, language), { recursive: true });
      }
      writeFileSync(join(dist, nested ? `${language}/index.html` : 'index.html'), html);
    }
  } finally {
    await vite.close();
  }
}

function filesIn(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

/**
 * Files a first visit need not download, by the language they serve: other languages' texts and
 * start pages, and fonts (under ''). The worker copies them as they are opened. Undefined: a file
 * every visit needs.
 */
export function openedLater(file: string): string | undefined {
  if (/\.(woff2?|ttf)$/.test(file)) return '';
  return LANGUAGE_CODES.find((code) => code !== DEFAULT_LANGUAGE && (file.startsWith(`assets/locale-${code}-`) || file === `${code}/index.html`));
}

/**
 * The translation review page, its texts and the data it shows (which English each text was made
 * from, the term base): only for native speakers checking a language online, so never copied.
 */
export const forReviewersOnly = (file: string) => /^assets\/(TranslationReviewScreen-|locale-[a-z]+-(_source|_terms|review)-)/.test(file);

function writeServiceWorker(dist: string) {
  const files = filesIn(dist).filter((f) => f !== 'sw.js' && !f.endsWith('.json') && !f.endsWith('.map') && !forReviewersOnly(f));
  const hash = createHash('sha256');
  for (const f of files.sort()) hash.update(f).update(readFileSync(join(dist, f)));
  const version = hash.digest('hex').slice(0, 12);
  const template = readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8');
  const precache = files.filter((f) => openedLater(f) === undefined);
  const later: Record<string, string[]> = {};
  for (const f of files) {
    const language = openedLater(f);
    if (language !== undefined) (later[language] ??= []).push(`./${f}`);
  }
  const sw = template
    .replace('__VERSION__', version)
    .replace('__FILES__', JSON.stringify(['./', ...precache.map((f) => `./${f}`)]))
    .replace('__LATER__', JSON.stringify(later))
    .replace('__PAGES__', JSON.stringify(files.filter((f) => /^[a-z]+\/index\.html$/.test(f)).map((f) => `./${f}`)));
  writeFileSync(join(dist, 'sw.js'), sw);
}

/** The Vite plugin: runs once the bundle is written. */
export function postBuild(): Plugin {
  let dist = 'dist';
  return {
    name: 'prerender-and-service-worker',
    apply: 'build',
    configResolved(config) {
      dist = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await prerender(dist);
      writeServiceWorker(dist);
    },
  };
}
