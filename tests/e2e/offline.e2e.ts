/**
 * Offline: after a first visit, a person who loses signal can reload and finish, in any language,
 * and open the pages that load only when needed. Before the worker has a copy, losing signal never
 * blanks the page: what could not be fetched is said, in the person's language.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { LANGUAGES, LANGUAGE_CODES, NAMESPACES, type LanguageCode } from '../../src/i18n/languages';
import { baseUrl, gotoApp, launch, phonePage, untilServedByWorker } from './support/browser';
import { answerSteps, seeded, stepOf, walk } from './support/journey';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The browser's own report of a request that failed because the connection is off. */
const online = (errors: string[]) => errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'));
const toOutcome = (page: Page) => answerSteps(page, [null, 'Someone I support', 'England', /A GP/]);

/** The files of one language the worker holds a copy of. */
const copiesOf = (page: Page, language: string) =>
  page.evaluate(async (code) => {
    const names = await caches.keys();
    const urls = (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat();
    return urls.filter((u) => u.includes(`/locale-${code}-`)).length;
  }, language);

test('a first visit copies English only; a language is copied once it is opened', async () => {
  const { context, page } = await phonePage(browser);
  await gotoApp(page);
  await untilServedByWorker(page);
  expect(await copiesOf(page, 'en')).toBeGreaterThan(0);
  for (const code of ['ar', 'fa', 'ti', 'ru']) expect(await copiesOf(page, code), code).toBe(0);
  await page.locator('#language-menu').selectOption('fa');
  await expect.poll(() => copiesOf(page, 'fa'), { timeout: 10_000 }).toBe(8);
  expect(await copiesOf(page, 'ru')).toBe(0);
  await context.close();
});

test('load, go offline, reload, and complete a journey in English and in Arabic (opened once online)', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page, `${baseUrl()}?lang=ar`);
  await untilServedByWorker(page);
  await expect.poll(() => copiesOf(page, 'ar'), { timeout: 10_000 }).toBe(8);
  await gotoApp(page);
  await context.setOffline(true);
  await page.reload();
  await page.locator('[data-step]').waitFor({ state: 'attached' });
  const random = seeded(17);
  const visited = await walk(page, (n) => Math.floor(random() * n));
  expect(visited.at(-1)).toBe('signposting');
  await gotoApp(page, `${baseUrl()}?lang=ar`);
  await walk(page, (n) => Math.floor(random() * n));
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  expect(online(errors)).toEqual([]);
  await context.close();
});

test('after the first visit, the pages that load only when opened work offline too', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  await untilServedByWorker(page);
  await context.setOffline(true);
  await toOutcome(page);
  await page.getByRole('button', { name: 'Letters and tools' }).click();
  await page.getByRole('heading', { level: 1, name: 'Letters and tools' }).waitFor();
  await page.locator('.back-link').click();
  await page.getByRole('button', { name: 'Case summary to print' }).click();
  await page.getByRole('heading', { level: 1, name: 'Case summary' }).waitFor();
  expect(online(errors)).toEqual([]);
  await context.close();
});

test('offline before the worker has a copy: a page that cannot be fetched says so, the header, quick exit and answers stay, and it opens once back online', async () => {
  const { context, page, errors } = await phonePage(browser, 360, 740, 'block');
  await gotoApp(page);
  await toOutcome(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Letters and tools' }).click();
  await page.getByRole('heading', { level: 1, name: 'This page could not be shown' }).waitFor();
  expect(await page.getByText('You seem to be offline, so part of this page could not be fetched.').isVisible()).toBe(true);
  expect(await page.getByText('Your answers are still here, in this tab.').isVisible()).toBe(true);
  expect(await page.getByRole('link', { name: 'Exit this page' }).isVisible()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

  await page.getByRole('button', { name: 'Back to the questions' }).click();
  await expect.poll(() => stepOf(page)).toBe('result');
  await page.getByRole('button', { name: 'Case summary to print' }).click();
  await page.getByRole('heading', { level: 1, name: 'This page could not be shown' }).waitFor();

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Case summary' }).waitFor();
  expect(await page.locator('main').innerText()).toContain('This care is free for everyone');
  expect(online(errors)).toEqual([]);
  await context.close();
});

test('switching language offline stays in the current language and says why, with no text keys', async () => {
  const { context, page, errors } = await phonePage(browser, 360, 740, 'block');
  await gotoApp(page);
  await answerSteps(page, [null, 'Myself', 'England']);
  await context.setOffline(true);
  await page.locator('#language-menu').selectOption('ar');
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').innerText()).toContain('could not be loaded, so the page stays as it was');
  expect(await page.locator('h1').innerText()).toBe('What care is this about?');
  expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
  expect(await page.locator('main').innerText()).not.toMatch(/\b[a-z][A-Za-z]*\.(title|options|label)\b/);

  await context.setOffline(false);
  await page.locator('#language-menu').selectOption('ar');
  await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
  expect(await page.getByRole('alert').count()).toBe(0);
  expect(online(errors)).toEqual([]);
  await context.close();
});

/** Every text key of the English texts ("quickExit.button", "problem.cause.offline", "appName"...). */
const KEYS = NAMESPACES.flatMap((ns) => {
  const flat = (value: unknown, path: string): string[] =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).flatMap(([k, v]) => flat(v, path ? `${path}.${k}` : k)) : [path];
  return flat(JSON.parse(readFileSync(new URL(`../../locales/en/${ns}.json`, import.meta.url), 'utf8')), '');
}).filter((key) => key.includes('.') || key.length > 6);
const rawKeysIn = (text: string) => KEYS.filter((key) => new RegExp(`(^|[^\\w.])${key.replace(/\./g, '\\.')}($|[^\\w.])`).test(text));
const EXIT_TEXTS = new Set(LANGUAGE_CODES.map((code) => JSON.parse(readFileSync(new URL(`../../locales/${code}/common.json`, import.meta.url), 'utf8')).quickExit.button as string));

/** The worker holds every language's start page (copied once the first page is idle). */
const startPagesKept = (page: Page) =>
  page.evaluate(async (codes) => {
    const held = await Promise.all(codes.map((code) => caches.match(new URL(`${code}/index.html`, location.href).href)));
    return held.every(Boolean);
  }, LANGUAGE_CODES.filter((c) => c !== 'en'));

/** What the page shows once the app runs: no text key anywhere, and a quick exit that reads properly. */
async function expectReadable(page: Page, where: string) {
  await page.locator('[data-step]').waitFor({ state: 'attached' });
  await page.locator('h1').waitFor();
  const text = await page.locator('body').innerText();
  expect(rawKeysIn(text), where).toEqual([]);
  expect(EXIT_TEXTS.has((await page.locator('.quick-exit__button').innerText()).trim()), where).toBe(true);
}

describe('after a first visit, offline, every language opens: its own texts, or English with a notice, never a text key', () => {
  let watched: Awaited<ReturnType<typeof phonePage>>;
  const failed: string[] = [];
  beforeAll(async () => {
    watched = await phonePage(browser);
    const { page, context } = watched;
    await gotoApp(page, `${baseUrl()}?lang=ar`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // (expect.poll works only inside a test.)
    for (let i = 0; i < 100 && !((await copiesOf(page, 'ar')) === 8 && (await startPagesKept(page))); i++) await page.waitForTimeout(250);
    await context.setOffline(true);
    page.on('requestfailed', (r) => failed.push(r.url()));
  });
  afterAll(async () => {
    // Nothing failed but the font of Tigrinya's and Amharic's start pages, which this device has no
    // copy of either (the font is copied when the language is opened).
    expect(failed.filter((url) => !/\/assets\/noto-sans-ethiopic-[\w-]+\.woff2?$/.test(url))).toEqual([]);
    expect(watched.errors.filter((e) => e !== 'Failed to load resource: net::ERR_FAILED')).toEqual([]);
    await watched.context.close();
  });

  async function opens(address: string, code: LanguageCode) {
    const { page } = watched;
    await page.goto(new URL(address, baseUrl()).href);
    await expectReadable(page, address);
    if (code === 'en' || code === 'ar') {
      expect(await page.locator('html').getAttribute('lang'), address).toBe(code);
      expect(await page.locator('[data-language-missing]').count()).toBe(0);
    } else {
      // Not opened online: English, saying why in English and in the language's own words.
      expect(await page.locator('html').getAttribute('lang'), address).toBe('en');
      const notice = page.locator(`[data-language-missing="${code}"]`);
      await notice.locator(`p[lang="${code}"]`).waitFor();
      expect(await notice.innerText()).toContain(`${LANGUAGES[code].name} is not saved on this device yet, so the guide is in English.`);
    }
  }

  test('by ?lang=', async () => {
    for (const code of LANGUAGE_CODES) await opens(`?lang=${code}`, code);
  });

  test('by its folder', async () => {
    for (const code of LANGUAGE_CODES) await opens(`${code}/`, code);
  });

  test('by its page, in a frame, or from an unknown folder; and the guide runs from there', async () => {
    const { page } = watched;
    await opens('fr/index.html', 'fr');
    await opens('?lang=ar&embed=1', 'ar');
    await opens('?lang=ps&embed=1', 'ps');
    for (const address of ['nowhere/', 'nowhere/at/all.html']) {
      await page.goto(new URL(address, baseUrl()).href);
      await expectReadable(page, address);
    }
    await page.goto(new URL('ta/', baseUrl()).href);
    await page.locator('[data-step=start]').waitFor({ state: 'attached' });
    await answerSteps(page, [null, 'Myself']);
  });
});

test('offline with scripts off, a language\'s start page is its own copy, and its quick exit leaves', async () => {
  const { context, page } = await phonePage(browser);
  await gotoApp(page);
  await untilServedByWorker(page);
  await expect.poll(() => startPagesKept(page), { timeout: 20_000 }).toBe(true);
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await page.goto(new URL('ta/', baseUrl()).href);
  expect(await page.locator('html').getAttribute('lang')).toBe('ta');
  expect(await page.locator('h1').innerText()).toBe(JSON.parse(readFileSync(new URL('../../locales/ta/common.json', import.meta.url), 'utf8')).start.title);
  const leaving = page.waitForRequest((r) => r.url().startsWith('https://www.bbc.co.uk/weather'));
  await page.locator('.quick-exit__button').click();
  await leaving;
  await context.close();
});

test('switching offline to a language this device has no copy of sends no request and logs no error', async () => {
  const { context, page, errors, requests } = await phonePage(browser);
  await gotoApp(page);
  await untilServedByWorker(page);
  await answerSteps(page, [null, 'Myself', 'England']);
  await context.setOffline(true);
  const before = requests.length;
  await page.locator('#language-menu').selectOption('ta');
  await page.getByRole('alert').waitFor();
  expect(await page.locator('h1').innerText()).toBe('What care is this about?');
  expect(requests.slice(before).filter((url) => url.includes('/locale-'))).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
