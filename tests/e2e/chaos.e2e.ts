/**
 * Chaos: seeded random journeys of a person in a hurry, on a bad connection. Between answers they
 * double-click, press Back and Forward in bursts, reload, switch language and lose signal for a
 * while. After every action the guide must show a heading that matches the machine's step
 * ([data-step]), the quick exit must be on screen, and nothing may log an error. Back and Forward
 * must move in the direction pressed: the test remembers which step each history entry showed, and
 * a press of Back must land, one entry per press, on the step that entry showed.
 *
 * The seeds are printed; CHAOS_SEEDS=5,17 npm run test:e2e -- chaos replays chosen ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gotoApp, launch, phonePage, untilServedByWorker } from './support/browser';
import { seeded, stepOf } from './support/journey';

const SEEDS = process.env.CHAOS_SEEDS?.split(',').map(Number) ?? [3, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987];
const ACTIONS_PER_JOURNEY = 25;

let browser: Browser;
const totals = { journeys: 0, actions: 0, errors: 0 };
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  console.log(`chaos: ${totals.journeys} journeys, ${totals.actions} actions, ${totals.errors} errors; seeds ${SEEDS.join(', ')}`);
});

type Tree = { [key: string]: string | string[] | Tree };
const texts = (lang: string, ns: string): Tree => JSON.parse(readFileSync(join(__dirname, '../../locales', lang, `${ns}.json`), 'utf8'));
/** Every string under a key: "result.titles" gives every outcome's title. */
function stringsUnder(tree: Tree | string | string[] | undefined): string[] {
  if (typeof tree === 'string') return [tree];
  if (!tree || Array.isArray(tree)) return [];
  return Object.values(tree).flatMap(stringsUnder);
}
/** The headings the guide may show at a step: in the language shown, for oneself or a supporter. */
function headingsAt(step: string, lang: string): string[] {
  const common = texts(lang, 'common') as Record<string, Tree>;
  const outcomes = texts(lang, 'outcomes') as Record<string, Tree>;
  const questions = texts(lang, 'questions') as Record<string, Tree>;
  switch (step) {
    case 'start':
      return [common.start!.title as string];
    case 'review':
      return [common.review!.title as string];
    case 'result':
      return [...stringsUnder(outcomes.result!.titles), ...stringsUnder(outcomes.result!.titles_supporter)];
    case 'supportAdvice':
    case 'signposting':
      // An advocate reads the support page's title about "your member" (title_supporter).
      return [...stringsUnder(outcomes[step]!.title), ...stringsUnder(outcomes[step]!.title_supporter ?? {})];
    case 'planResult':
      return stringsUnder(outcomes.planResult!.title);
    default:
      return [questions[step]!.title, questions[step]!.title_supporter].filter((t): t is string => typeof t === 'string');
  }
}

/** A button of the guide's own, by its text in English or Arabic (common.json `actions.<key>`). */
const guideButton = (page: Page, key: string) => {
  const names = ['en', 'ar'].map((lang) => ((texts(lang, 'common') as Record<string, Tree>).actions as Record<string, string>)[key]!);
  return page.getByRole('button', { name: new RegExp(`^(${names.join('|')})$`) });
};

/** The browser's own line for a request made while the connection is off: expected offline. */
const isOfflineNoise = (message: string) => message.includes('ERR_INTERNET_DISCONNECTED');

/** Waits until the guide has settled on a step: the same step twice in a row, with its heading drawn. */
async function settle(page: Page) {
  await page.locator('[data-step]').waitFor({ state: 'attached', timeout: 15_000 });
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = `${await stepOf(page)}|${await page.locator('h1').first().textContent()}|${await page.locator('html').getAttribute('lang')}`;
        const same = now === previous;
        previous = now;
        return same;
      },
      { timeout: 15_000, interval: 150 },
    )
    .toBe(true);
}

interface Journey {
  page: Page;
  context: BrowserContext;
  random: () => number;
  offlineFor: number;
  move: Move;
}

const pick = <T,>(random: () => number, items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const position = (page: Page) => page.evaluate(() => (history.state as { nhsStep?: number } | null)?.nhsStep ?? 0);
const mainButton = (page: Page) => page.locator('main .button:not(.button--secondary)').first();

/** What an action did to the browser's history, to check where it landed. */
type Move = { back: number } | { forward: true } | { reload: true } | null;

/** One thing a person might do. Returns its name, for the log of a failing journey. */
async function act(journey: Journey): Promise<string> {
  const { page, random } = journey;
  const roll = random();
  journey.move = null;
  const step = (await stepOf(page))!;
  if (roll < 0.4) {
    if (step === 'signposting') {
      await guideButton(page, 'startAgain').click();
      return 'start again';
    }
    const choices = page.locator('main input[type=radio], main input[type=checkbox]');
    const count = await choices.count();
    if (count > 0) await choices.nth(Math.floor(random() * count)).check();
    else if (await page.locator('main input[inputmode=decimal]').count()) await page.locator('main input[inputmode=decimal]').fill(pick(random, ['1250', '١٢٥٠', '۱٬۲۵۰٫۵۰', '12,50', '']));
    await mainButton(page).click();
    return 'answer';
  }
  if (roll < 0.5) {
    if (!(await mainButton(page).count())) return 'double click (no button)';
    await mainButton(page).dblclick();
    return 'double click';
  }
  if (roll < 0.62) {
    const times = Math.min(1 + Math.floor(random() * 3), await position(page));
    if (times === 0) return 'back (at the first entry: skipped)';
    if (times === 1) await page.goBack();
    else await page.evaluate((n) => Array.from({ length: n }, () => history.go(-1)), times);
    journey.move = { back: times };
    return `back x${times}`;
  }
  if (roll < 0.7) {
    const times = 1 + Math.floor(random() * 3);
    await page.evaluate((n) => Array.from({ length: n }, () => history.go(1)), times);
    journey.move = { forward: true };
    return `forward x${times}`;
  }
  if (roll < 0.75) {
    if (!(await page.locator('main .back-link').count())) return 'back link (none)';
    await page.locator('main .back-link').click();
    journey.move = { back: 1 };
    return 'back link';
  }
  if (roll < 0.81) {
    await page.reload();
    journey.move = { reload: true };
    return 'reload';
  }
  if (roll < 0.89) {
    // Between English and Arabic, as a person trying the language menu would.
    const current = await page.locator('html').getAttribute('lang');
    await page.locator('#language-menu').selectOption(current === 'en' ? 'ar' : 'en');
    return 'switch language';
  }
  if (roll < 0.95) {
    journey.offlineFor = 1 + Math.floor(random() * 3);
    await journey.context.setOffline(true);
    return `offline for ${journey.offlineFor}`;
  }
  if (!(await guideButton(page, 'yourAnswers').count())) return 'your answers (none)';
  await guideButton(page, 'yourAnswers').click();
  return 'your answers';
}

describe('chaos', () => {
  test.each(SEEDS)('seed %i: every action leaves a heading that matches the step, quick exit on screen, and no error', async (seed) => {
    const { context, page, errors } = await phonePage(browser);
    const journey: Journey = { page, context, random: seeded(seed), offlineFor: 0, move: null };
    const log: string[] = [];
    // The step each history entry of the guide showed when last seen: trail[n] for entry n.
    const trail = ['start'];
    let at = 0;
    await gotoApp(page);
    await untilServedByWorker(page);
    totals.journeys++;
    for (let i = 0; i < ACTIONS_PER_JOURNEY; i++) {
      const before = errors.length;
      log.push(await act(journey));
      try {
        await settle(page);
      } catch (error) {
        const seen = await page.evaluate(() => `${location.href} | h1: ${document.querySelector('h1')?.textContent} | ${document.body.innerText.slice(0, 300)}`).catch(() => 'no page');
        throw new Error(`seed ${seed}, action ${i + 1} (${log.join(' > ')}) never settled: ${seen}`, { cause: error });
      }
      const step = (await stepOf(page))!;
      const lang = (await page.locator('html').getAttribute('lang'))!;
      const heading = (await page.locator('h1').first().textContent())?.trim() ?? '';
      const where = `seed ${seed}, action ${i + 1} (${log.join(' > ')}), at ${step} in ${lang}`;
      expect(await page.locator('h1').first().isVisible(), `heading shown: ${where}`).toBe(true);
      expect(headingsAt(step, lang), `heading "${heading}" matches the step: ${where}`).toContain(heading);
      expect(await page.locator('.quick-exit__button').isVisible(), `quick exit: ${where}`).toBe(true);
      const now = await position(page);
      const { move } = journey;
      if (move && 'back' in move) {
        expect(now, `Back moves one entry per press: ${where}`).toBe(at - move.back);
        expect(step, `Back lands on the step that entry showed: ${where}`).toBe(trail[now]);
      } else if (move && 'forward' in move) {
        expect(now, `Forward never moves back: ${where}`).toBeGreaterThanOrEqual(at);
        if (now > at) expect(step, `Forward lands on the step that entry showed: ${where}`).toBe(trail[now]);
      } else if (move && 'reload' in move) {
        expect([now, step], `a reload starts afresh at the first entry: ${where}`).toEqual([0, 'start']);
        trail.length = 1;
      } else if (now > at) {
        // A step forward replaces whatever entries were ahead.
        trail.length = now;
      }
      trail[now] = step;
      at = now;
      const fresh = errors.slice(before).filter((e) => !isOfflineNoise(e));
      totals.actions++;
      totals.errors += fresh.length;
      expect(fresh, `errors: ${where}`).toEqual([]);
      if (journey.offlineFor > 0 && --journey.offlineFor === 0) await context.setOffline(false);
    }
    console.log(`chaos seed ${seed}: ${log.join(' > ')}`);
    await context.close();
  });
});
