// Seeded journeys through the built app, tapped as a person would on a phone: the label of a
// choice, then Continue, from "Start now" through every question, the outcome, support, plan and
// signposting pages. Each interaction is measured with the Event Timing API and put down to the
// step it happened on.
import { interactionsFrom, observeInteractions } from './eventTiming.mjs';
import { phonePage, throttleCpu } from './browser.mjs';

const NATIONS = ['england', 'scotland', 'wales', 'northern-ireland'];
/** Pauses of a quick reader: after a new page appears, and between choosing and Continue. */
export const READ_MS = 300;
export const CHOOSE_MS = 100;
const DOUBLE_TAP_MS = 500;
const lastTaps = new WeakMap();
/**
 * A finger is not in step with the screen's frames, but this script is: it taps just after two
 * frames (`painted`). In Chromium an input waits for the next frame before the page sees it, so a
 * tap made just after a frame waits the longest (16-20 ms of input delay at 1x, every tap; 5-10 ms
 * for the same taps 11 ms later: docs/performance.md). Each tap therefore comes a seeded random
 * part of a frame (0-16.7 ms) after the paint, as a person's would; `lockedPhase` taps at once.
 */
const FRAME_MS = 1000 / 60;
const phases = new WeakMap();

/** Makes `tap` on `page` wait a seeded random part of a frame first (unless `locked`). */
export function tapAtRandomPhases(page, seed, locked = false) {
  if (!locked) phases.set(page, seeded(seed));
}

/**
 * Playwright's tap sends the touch and its lift together, so a tap's pointer and touch events, the
 * frame that shows the touch (the browser's tap highlight) and its click all fall into the click's
 * input delay. A finger stays down for a while (`ms`); then the touch's own work is done before the
 * lift, as on a phone. 0, the default, keeps Playwright's tap (the measure issue 22 was written with).
 */
const holds = new WeakMap();
export async function holdTouches(page, ms) {
  if (ms > 0) holds.set(page, { ms, cdp: await page.context().newCDPSession(page) });
}

async function touch(page, x, y) {
  const hold = holds.get(page);
  if (!hold) return page.touchscreen.tap(x, y);
  await hold.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  await pause(page, hold.ms);
  await hold.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** A small seeded random number generator (mulberry32), as in tests/e2e/support/journey.ts. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The answers of someone charged for NHS care who has a bill: where a question offers a list, the
 * seed picks from it. England's journeys take them, so that they reach the plan pages (only a
 * charged person with a bill sees those): a visitor's path (amount, age of the invoice...) or an
 * undocumented person's (straight to the risk of a payment plan).
 */
const CHARGED_WITH_A_BILL = {
  care: ['hospital', 'maternity'],
  cause: 'no',
  cameForTreatment: 'no',
  status: ['visa', 'no-leave', 'asylum'],
  visaType: 'visit',
  asylumStage: 'refused',
  asylumSupport: 'none',
  special: 'none',
  bill: 'yes',
};

/**
 * A journey from its seed. Odd seeds are for oneself, even ones for "someone I support"; seeds
 * 1-2 are in England, 3-4 Scotland, 5-6 Wales, 7-8 Northern Ireland, then round again. In the
 * other nations every answer but those two is drawn from the seed, except that a bill has arrived
 * (so the support pages are on the way); England's journeys answer as CHARGED_WITH_A_BILL.
 */
export function journeyOf(seed) {
  const audience = seed % 2 === 1 ? 'self' : 'supporter';
  const nation = NATIONS[Math.floor((seed - 1) / 2) % NATIONS.length];
  const fixed = nation === 'england' ? CHARGED_WITH_A_BILL : { bill: 'yes' };
  return { seed, audience, nation, fixed: { ...fixed, audience, nation } };
}

export const describeJourney = (j) => `seed ${j.seed}: ${j.audience === 'self' ? 'for oneself' : 'someone I support'}, ${j.nation}`;

// The page is driven with plain evaluations and raw touches (page.touchscreen), never with
// Playwright's locators: those inject a large helper script and check each tap with listeners of
// their own, work that would run on the page's main thread and be counted in the interactions.
const stepOf = (page) => page.evaluate(() => document.querySelector('[data-step]')?.getAttribute('data-step') ?? null);
const count = (page, selector) => page.evaluate((s) => document.querySelectorAll(s).length, selector);
const pause = (page, ms) => page.waitForTimeout(ms);
/** Two frames: whatever the last tap changed has been painted. */
export const painted = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * Resolves when `[data-step]` says something other than `before` (watching, not polling); fails at
 * once, with its message, if the page answers with an error summary instead.
 */
async function untilStepChanges(page, before, timeout = 30_000) {
  const outcome = await page.evaluate(
    ([b, limit]) =>
      new Promise((resolve) => {
        const step = () => document.querySelector('[data-step]')?.getAttribute('data-step');
        const refused = () => document.querySelector('main .error-summary')?.textContent.trim().replace(/\s+/g, ' ');
        const check = () => (step() && step() !== b ? 'changed' : refused() ? `refused: ${refused()}` : null);
        if (check()) return resolve(check());
        const observer = new MutationObserver(() => {
          if (!check()) return;
          observer.disconnect();
          resolve(check());
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step'] });
        setTimeout(() => {
          observer.disconnect();
          resolve('timeout');
        }, limit);
      }),
    [before, timeout],
  );
  if (outcome === 'changed') return;
  if (outcome.startsWith('refused')) throw new Error(`${before}: the page ${outcome}`);
  throw new Error(before ? `stuck at ${before}: the page did not change after Continue` : 'the app did not start');
}

/** Scrolls the `index`th element matching `selector` to the middle of the screen and touches its centre. */
export async function tap(page, selector, index = 0) {
  const point = await page.evaluate(
    ([s, i]) => {
      const element = document.querySelectorAll(s)[i];
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    [selector, index],
  );
  if (!point) throw new Error(`nothing to tap: ${selector}`);
  await painted(page);
  // Two taps on the same spot within half a second are a double tap, which the guide ignores on
  // purpose (a second tap lands on the next page's button): a person's next tap there comes later.
  const last = lastTaps.get(page);
  if (last && Math.hypot(last.x - point.x, last.y - point.y) < 40) await pause(page, Math.max(0, last.time + DOUBLE_TAP_MS - Date.now()));
  const phase = phases.get(page);
  if (phase) await pause(page, Math.round(phase() * FRAME_MS));
  await touch(page, point.x, point.y);
  lastTaps.set(page, { ...point, time: Date.now() });
}

/** The page's Continue (a button, or a link that looks like one), as the journeys and floors tap it. */
export const CONTINUE = 'main .button:not(.button--secondary)';

/**
 * Answers whatever page is on screen as a person would, then taps Continue: a choice's label
 * (radios or checkboxes: the seed's answer when the journey fixes one and the page offers it,
 * otherwise one drawn from the seed), an amount typed key by key into each money field, or
 * nothing at all on a page that only explains ("What to do now").
 */
async function answer(page, step, journey, random, chooseMs) {
  const choices = await count(page, 'main .choice__label');
  if (choices > 0) {
    const fixed = journey.fixed[step];
    const value = Array.isArray(fixed) ? fixed[Math.floor(random() * fixed.length)] : fixed;
    const wanted = value && `main input[value="${value}"] + .choice__label`;
    if (wanted && (await count(page, wanted))) await tap(page, wanted);
    else await tap(page, 'main .choice__label', Math.floor(random() * choices));
    await painted(page);
    await pause(page, chooseMs);
  }
  const amounts = await count(page, 'main input[inputmode=decimal]');
  for (let i = 0; i < amounts; i++) {
    await tap(page, 'main input[inputmode=decimal]', i);
    await page.keyboard.type(String(200 + Math.floor(random() * 4000)), { delay: 80 });
    await painted(page);
    await pause(page, chooseMs);
  }
  if (!(await count(page, CONTINUE))) throw new Error(`${step}: no Continue button (${CONTINUE})`);
  await tap(page, CONTINUE);
}

/**
 * Walks one journey at `rate` times CPU slowdown in a fresh context (a first visit) and returns
 * the steps visited and every interaction over 16 ms, each with the step it happened on.
 * `onPage(page)` runs before the app is opened, `atEnd(page)` after signposting (for tracing).
 */
export async function walkJourney(browser, url, journey, rate, { readMs = READ_MS, startReadMs = readMs, chooseMs = CHOOSE_MS, onPage, atEnd, lockedPhase = false, holdMs = 0 } = {}) {
  const { context, page } = await phonePage(browser);
  tapAtRandomPhases(page, journey.seed * 7919 + rate, lockedPhase);
  await holdTouches(page, holdMs);
  try {
    await onPage?.(page);
    await page.addInitScript(observeInteractions);
    await throttleCpu(page, rate);
    const random = seeded(journey.seed);
    await page.goto(url);
    await untilStepChanges(page, null);
    const visited = [];
    for (let i = 0; i < 40; i++) {
      const step = await stepOf(page);
      visited.push(step);
      await painted(page);
      await pause(page, step === 'start' ? startReadMs : readMs);
      if (step === 'signposting') break;
      await answer(page, step, journey, random, chooseMs);
      await untilStepChanges(page, step);
    }
    if (visited.at(-1) !== 'signposting') throw new Error(`${describeJourney(journey)}: no signposting after 40 pages (${visited.join(' > ')})`);
    const noted = await page.evaluate(() => window.__benchInteractions());
    const interactions = interactionsFrom(noted);
    return { journey, rate, visited, interactions, worker: noted.worker, ...(await atEnd?.(page)) };
  } finally {
    await context.close();
  }
}
