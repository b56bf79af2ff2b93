/**
 * A partner's page on one loopback port frames the app served on another. As a person answers
 * questions inside the frame, the frame's height follows its content, and no message carries an
 * answer.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, gotoApp, launch, phonePage } from './support/browser';
import { seeded, walk } from './support/journey';

let browser: Browser;
let host: Server;
let hostUrl: string;
let hostPage = '';

beforeAll(async () => {
  browser = await launch();
  host = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  host?.close();
});

/** The partner's page: the embed snippet, plus a recorder of every message the frame sends. */
function partnerPage(query: string): string {
  // The app is served on another port, so it is another origin than this host page.
  const app = new URL(baseUrl());
  return `<!doctype html><html><head><title>Partner</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<h1>Partner site</h1>
<script>window.received = []; addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));</script>
<iframe data-nhs-charges-embed src="${app.origin}/${query}" title="Guide" style="width:100%;border:0"></iframe>
<script src="${app.origin}/embed.js"></script>
</body></html>`;
}

/** The guide in the partner page's frame, once it runs. */
async function guideIn(page: Page): Promise<FrameLocator> {
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-step]').waitFor({ state: 'attached' });
  return frame;
}

/** Presses "Start now" in the frame, then answers each page by the label of its choice. */
async function answerInFrame(frame: FrameLocator, labels: readonly (string | RegExp)[]) {
  await frame.getByRole('button', { name: 'Start now' }).click();
  for (const label of labels) {
    await frame.getByLabel(label, { exact: typeof label === 'string' }).check();
    await frame.getByRole('button', { name: 'Continue' }).click();
  }
}

type Received = { origin: string; data: Record<string, unknown> }[];
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received }).received);

test('the frame posts one height when it starts, and no message carries an answer', async () => {
  const { frameHeight } = await import('../../src/embed/messages');
  hostPage = partnerPage('?embed=1&region=bristol&partner=Clinic%20One');
  const { context, page, errors } = await phonePage(browser, 400, 700);
  await page.goto(hostUrl);
  const frame = await guideIn(page);
  await answerInFrame(frame, ['Someone I support', 'England']);
  await frame.getByRole('button', { name: 'Continue' }).click(); // an error summary appears: taller
  await page.waitForTimeout(300);
  const messages = await received(page);
  const width = await frame.locator('html').evaluate(() => window.innerWidth);
  expect(messages.map((m) => m.data)).toEqual([{ type: 'nhs-charges-helper:resize', version: 1, height: frameHeight(width, 'en'), kind: 'page' }]);
  // The host script has given the frame that height.
  expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(frameHeight(width, 'en'));

  // Embedded: no app header name or footer, but the quick exit, language switcher and partner label.
  await expect.poll(() => frame.locator('footer').count()).toBe(0);
  expect(await frame.getByRole('link', { name: 'Exit this page' }).count()).toBe(1);
  expect(await frame.getByRole('combobox', { name: 'Language', exact: true }).count()).toBe(1);
  expect(await frame.getByText('Provided with Clinic One').count()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});

/**
 * Every message the frame sent on a whole seeded journey in the frame, from the start page to
 * signposting, then "Your answers" and a change of language; and the steps it passed.
 */
async function journeyInFrame(width: number, seed: number) {
  hostPage = partnerPage('?embed=1');
  const { context, page, errors } = await phonePage(browser, width, 700);
  await page.goto(hostUrl);
  await guideIn(page);
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  const random = seeded(seed);
  // (A frame answers to the same locators as a page.)
  const steps = await walk(frame as unknown as Page, (n) => Math.floor(random() * n));
  await frame.getByRole('button', { name: 'Your answers' }).click();
  const supporter = (await frame.locator('main').innerText()).includes('Someone I support');
  await frame.locator('#language-menu').selectOption('fr');
  await page.waitForTimeout(300);
  const messages = (await received(page)).map((m) => m.data);
  expect(errors).toEqual([]);
  await context.close();
  return { steps: steps.join('>'), supporter, messages };
}

// One journey a test, so each stays well inside its time limit (the five in one test took 23 s of
// 60 on a quiet machine). The journeys of a width run in order, and each is compared with the first.
describe.each([360, 1024])('at %i px, journeys that differ in their answers, outcome and mode', (width) => {
  const journeys: Awaited<ReturnType<typeof journeyInFrame>>[] = [];
  test.each([3, 7, 12, 20, 33])('journey %i sends one message, the same as the first journey', async (seed) => {
    const journey = await journeyInFrame(width, seed);
    journeys.push(journey);
    // One message, sent when the guide started.
    expect(journey.messages).toHaveLength(1);
    expect(journey.messages, journey.steps).toEqual(journeys[0]!.messages);
  });
  test('the journeys really differ: in their steps (so their outcomes and pages), and in mode', () => {
    expect(journeys).toHaveLength(5);
    expect(new Set(journeys.map((j) => j.steps)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(journeys.map((j) => j.supporter)).size).toBe(2);
  });
});

test('in fixed-height mode the frame sends nothing to the partner page, and scrolls itself', async () => {
  hostPage = partnerPage('?embed=1&fit=fixed').replace('data-nhs-charges-embed', 'data-nhs-charges-embed="fixed"').replace('style="width:100%;border:0"', 'style="width:100%;height:600px;border:0"');
  const { context, page, errors } = await phonePage(browser, 400, 700);
  await page.goto(hostUrl);
  const frame = await guideIn(page);
  await answerInFrame(frame, ['Myself', 'England', 'Other hospital treatment', 'No', /A visa or permission/, /A visit visa/, 'None of these']);
  await frame.locator('[data-step=result]').waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([]);
  expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(600);
  expect(await page.locator('iframe').getAttribute('scrolling')).toBeNull();
  expect(await frame.locator('html').evaluate((html) => html.scrollHeight > html.clientHeight)).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

test('an accent of javascript:alert(1) changes nothing', async () => {
  const { context, page, errors } = await phonePage(browser);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await gotoApp(page, `${baseUrl()}?embed=1&accent=${encodeURIComponent('javascript:alert(1)')}&partner=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await page.getByRole('button', { name: 'Start now' }).waitFor();
  const brand = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim());
  expect(brand).toBe('#1d4f91');
  expect(await page.locator('img').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('the snippet from the embed page works pasted into a blank page', async () => {
  const { context, page } = await phonePage(browser, 1000, 900);
  await page.goto(new URL('embed.html', baseUrl()).toString());
  await page.getByLabel('Language it opens in').selectOption('ar');
  const code = await page.locator('#snippet').inputValue();
  expect(code).toContain('lang=ar');
  expect(code).toMatch(/title="[^"]+"/);
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('allow="');
  hostPage = `<!doctype html><html><head><title>Blank</title></head><body>${code}</body></html>`;
  await page.goto(hostUrl);
  const frame = page.frameLocator('iframe');
  await frame.locator('html[dir=rtl]').waitFor({ state: 'attached' });
  // The host script has sized the frame from the frame's own message.
  await expect.poll(() => page.locator('iframe').getAttribute('data-step-kind')).toBe('page');
  const sized = await page.locator('iframe').evaluate((f) => f.style.height);
  expect(sized).toMatch(/^\d+px$/);
  await context.close();
});

describe('quick exit inside a frame', () => {
  const NEUTRAL = 'https://www.bbc.co.uk/weather';
  const framed = (sandbox: string) => {
    const app = new URL(baseUrl());
    return `<!doctype html><html><head><title>Partner</title></head><body>
<iframe data-nhs-charges-embed src="${app.origin}/?embed=1" title="Guide" sandbox="${sandbox}" style="width:100%;height:700px;border:0"></iframe></body></html>`;
  };

  test('takes the whole window away when the frame may navigate it', async () => {
    hostPage = framed('allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation');
    const { context, page } = await phonePage(browser);
    await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    await page.goto(hostUrl);
    const frame = await guideIn(page);
    await frame.getByRole('link', { name: 'Exit this page' }).click();
    await page.waitForURL(`${NEUTRAL}**`);
    await context.close();
  });

  test('adds nothing to the partner page\'s history: Back from the neutral site skips the partner page', async () => {
    hostPage = framed('allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation');
    const { context, page } = await phonePage(browser);
    await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    await page.goto('about:blank');
    await page.goto(hostUrl);
    const frame = await guideIn(page);
    await answerInFrame(frame, ['Myself', 'England']);
    await frame.locator('[data-step=care]').waitFor({ state: 'attached' });
    await frame.getByRole('link', { name: 'Exit this page' }).click();
    await page.waitForURL(`${NEUTRAL}**`);
    await page.goBack();
    await expect.poll(() => page.url()).toBe('about:blank');
    await context.close();
  });

  test('otherwise leaves inside the frame, and the answers are gone', async () => {
    hostPage = framed('allow-scripts allow-same-origin allow-forms');
    const { context, page } = await phonePage(browser);
    await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p id="neutral">Weather</p>' }));
    await page.goto(hostUrl);
    const frame = await guideIn(page);
    await answerInFrame(frame, ['Myself']);
    await frame.getByRole('link', { name: 'Exit this page' }).click();
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(NEUTRAL)), { timeout: 60_000 }).toBe(true);
    expect(page.url()).toBe(hostUrl);
    expect(await frame.locator('main input').count()).toBe(0);
    await context.close();
  });
});

test.each(['en', 'ta'])('in %s, no page of several journeys is taller than the height the frame reports, which is under 1.5 times the tallest', async (lang) => {
  const { frameHeight } = await import('../../src/embed/messages');
  const widths = [320, 360, 1024];
  const tallest: Record<number, number> = {};
  const { context, page, errors } = await phonePage(browser, 360, 740);
  for (const seed of [1, 2, 13]) {
    const random = seeded(seed);
    await page.setViewportSize({ width: 360, height: 740 });
    await gotoApp(page, `${baseUrl()}?embed=1&lang=${lang}`);
    await walk(page, (n) => Math.floor(random() * n), async (step) => {
      for (const width of widths) {
        await page.setViewportSize({ width, height: 740 });
        const height = await page.locator('.app').evaluate((el) => el.getBoundingClientRect().height);
        expect(height, `${step} at ${width} px`).toBeLessThanOrEqual(frameHeight(width, lang));
        tallest[width] = Math.max(tallest[width] ?? 0, height);
      }
      await page.setViewportSize({ width: 360, height: 740 });
    });
  }
  for (const width of widths) expect(frameHeight(width, lang), `${width} px`).toBeLessThanOrEqual(1.5 * tallest[width]!);
  expect(errors).toEqual([]);
  await context.close();
});
