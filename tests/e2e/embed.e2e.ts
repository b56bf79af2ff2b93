/**
 * A partner's page on one loopback port frames the app served on another. As a person answers
 * questions inside the frame, the frame's height follows its content, and no message carries an
 * answer.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HEIGHT_STEP } from '../../src/embed/messages';
import { baseUrl, gotoApp, launch, phonePage } from './support/browser';

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

test('the frame posts its height as a person answers, and no message carries an answer', async () => {
  hostPage = partnerPage('?embed=1&region=bristol&partner=Clinic%20One');
  const { context, page, errors } = await phonePage(browser, 400, 700);
  await page.goto(hostUrl);
  const frame = await guideIn(page);
  await answerInFrame(frame, ['Someone I support', 'England']);
  await frame.getByRole('button', { name: 'Continue' }).click(); // an error summary appears: taller
  await expect.poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received.length)).toBeGreaterThan(2);

  const received = await page.evaluate(() => (window as unknown as { received: { origin: string; data: Record<string, unknown> }[] }).received);
  const heights = new Set(received.map((m) => m.data.height));
  expect(heights.size).toBeGreaterThanOrEqual(2);
  for (const { data } of received) {
    expect(Object.keys(data).sort()).toEqual(['height', 'kind', 'type', 'version']);
    expect(JSON.stringify(data)).not.toMatch(/supporter|england|Someone/i);
  }

  // The iframe fits its content, rounded up by less than one step: no inner scroll bar.
  await expect
    .poll(async () => {
      const frameHeight = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
      const contentHeight = await frame.locator('.app').evaluate((el) => el.getBoundingClientRect().height);
      return frameHeight - Math.ceil(contentHeight);
    })
    .toSatisfy((extra: number) => extra >= 0 && extra < HEIGHT_STEP);
  const scrolls = await frame.locator('html').evaluate((html) => html.scrollHeight > html.clientHeight + 1);
  expect(scrolls).toBe(false);

  // Embedded: no app header name or footer, but the quick exit, language switcher and partner label.
  await expect.poll(() => frame.locator('footer').count()).toBe(0);
  expect(await frame.getByRole('button', { name: 'Exit this page' }).count()).toBe(1);
  expect(await frame.getByRole('combobox', { name: 'Language', exact: true }).count()).toBe(1);
  expect(await frame.getByText('Provided with Clinic One').count()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});

/** The last height the frame reported once it shows the outcome. */
async function outcomeHeight(width: number, labels: (string | RegExp)[]) {
  hostPage = partnerPage('?embed=1');
  const { context, page, errors } = await phonePage(browser, width, 700);
  await page.goto(hostUrl);
  const frame = await guideIn(page);
  await answerInFrame(frame, labels);
  await frame.locator('[data-step=result]').waitFor({ state: 'attached' });
  // Let the layout settle: the frame reports every change.
  await page.waitForTimeout(500);
  const received = await page.evaluate(() => (window as unknown as { received: { data: { height: number; kind: string } }[] }).received);
  // The frame is never shorter than what it shows.
  const shown = await frame.locator('.app').evaluate((el) => el.getBoundingClientRect().height);
  expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThanOrEqual(Math.floor(shown));
  expect(errors).toEqual([]);
  await context.close();
  return received.at(-1)!.data;
}

const OUTCOMES = {
  'free (GP)': ['Myself', 'England', /A GP/],
  charged: ['Myself', 'England', 'Other hospital treatment', 'No', /A visa or permission/, /A visit visa/, 'None of these'],
  'exempt (asylum claim pending)': ['Myself', 'England', 'Other hospital treatment', 'No', 'Claimed asylum', /Waiting for a decision/],
  'not an overseas visitor': ['Myself', 'England', 'Other hospital treatment', 'No', 'British citizen', 'Yes'],
  'get advice': ['Myself', 'England', 'Other hospital treatment', 'No', "I'm not sure", "I'm not sure"],
  'charged, for someone supported': ['Someone I support', 'England', 'Other hospital treatment', 'No', /A visa or permission/, /A visit visa/, 'None of these'],
  'free (GP), in Wales': ['Myself', 'Wales', /A GP/],
} satisfies Record<string, (string | RegExp)[]>;

test.each([400, 320])('in a %i px frame every outcome reports the same height, so the partner page cannot tell them apart', async (width) => {
  const heights: Record<string, number> = {};
  for (const [name, labels] of Object.entries(OUTCOMES)) {
    const message = await outcomeHeight(width, labels);
    expect(message.kind).toBe('outcome');
    heights[name] = message.height;
  }
  expect(new Set(Object.values(heights)), JSON.stringify(heights)).toHaveProperty('size', 1);
});

test('in fixed-height mode the frame sends nothing to the partner page, and scrolls itself', async () => {
  hostPage = partnerPage('?embed=1&fit=fixed').replace('data-nhs-charges-embed', 'data-nhs-charges-embed="fixed"').replace('style="width:100%;border:0"', 'style="width:100%;height:600px;border:0"');
  const { context, page, errors } = await phonePage(browser, 400, 700);
  await page.goto(hostUrl);
  const frame = await guideIn(page);
  await answerInFrame(frame, OUTCOMES.charged);
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
    await frame.getByRole('button', { name: 'Exit this page' }).click();
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
    await frame.getByRole('button', { name: 'Exit this page' }).click();
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
    await frame.getByRole('button', { name: 'Exit this page' }).click();
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(NEUTRAL)), { timeout: 60_000 }).toBe(true);
    expect(page.url()).toBe(hostUrl);
    expect(await frame.locator('main input').count()).toBe(0);
    await context.close();
  });
});
