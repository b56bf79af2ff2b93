/**
 * A Vite plugin for `virtual:language-missing`: the one line `common:offline.languageMissing` in
 * every language, and nothing else. When a language's texts are not on the device (offline), the
 * guide shows English with that line in English and in the language's own words; those words
 * cannot come from the language's own files, which are what is missing, so this small module
 * (loaded only then, and copied by the service worker with the app) carries them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:language-missing';
const RESOLVED = '\0' + ID;
const LOCALES = new URL('../locales/', import.meta.url);

export function languageMissingNotices(): Plugin {
  return {
    name: 'language-missing-notices',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const lines: Record<string, string> = {};
      for (const code of readdirSync(LOCALES)) {
        const file = join(LOCALES.pathname, code, 'common.json');
        this.addWatchFile(file);
        const line = (JSON.parse(readFileSync(file, 'utf8')) as { offline?: { languageMissing?: unknown } }).offline?.languageMissing;
        if (typeof line === 'string') lines[code] = line;
      }
      return `export default ${JSON.stringify(lines)};`;
    },
  };
}
