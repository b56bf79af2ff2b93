/**
 * Deploying a new version while the guide is open: an open tab keeps the files it started with
 * until it is closed or the person chooses to reload, and is told in one line that a newer
 * version is ready. Two builds are served one after the other under the same address.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { gotoApp, launch, phonePage, untilServedByWorker, watch } from './support/browser';
import { answerSteps, stepOf } from './support/journey';
import { buildApp } from './support/serve';
import { startStaticServer, type StaticServer } from './support/staticServer';

let browser: Browser;
let server: StaticServer;
let next: string;

beforeAll(async () => {
  // The version published later: every script changes, so every script's file name changes.
  next = mkdtempSync(join(tmpdir(), 'nhs-charges-next-'));
  const changeEveryScript = {
    name: 'next-version',
    transform: (code: string, id: string) => (/\/src\/.*\.tsx?$/.test(id) ? `${code}\n;globalThis.nhsChargesVersion = 'next';` : null),
  };
  await buildApp({ plugins: [changeEveryScript], build: { outDir: next, emptyOutDir: true } });
  server = await startStaticServer(resolve('dist'));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (next) rmSync(next, { recursive: true, force: true });
});

const NOTICE = 'A newer version of this guide is ready:';
const toOutcome = (page: Page) => answerSteps(page, [null, 'Myself', 'England', /A GP/]);
const mainScript = (page: Page) => page.evaluate(() => [...document.scripts].map((s) => s.src || s.dataset.app).join(' '));

test('a tab open when a new version is published keeps working, is told in one line, and updates only when the person reloads', async () => {
  server.serve(resolve('dist'));
  const { context, page: first, errors } = await phonePage(browser);
  await gotoApp(first, server.url);
  await untilServedByWorker(first);
  await toOutcome(first);
  // A second tab of the old version, left at the outcome.
  const other = await context.newPage();
  const otherErrors = watch(other).errors;
  await gotoApp(other, server.url);
  await toOutcome(other);
  const oldScript = await mainScript(other);

  // Publish the new version, and open the guide in a new tab: its worker installs beside the old one.
  server.serve(next);
  const toolkitFile = (folder: string) => readdirSync(join(folder, 'assets')).find((f) => f.startsWith('ToolkitScreen-'))!;
  expect(toolkitFile(next)).not.toBe(toolkitFile(resolve('dist')));
  expect((await fetch(`${server.url}assets/${toolkitFile(resolve('dist'))}`)).status).toBe(404);
  const fresh = await context.newPage();
  const freshErrors = watch(fresh).errors;
  await gotoApp(fresh, server.url);
  await expect
    .poll(() => fresh.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.installing === null), { timeout: 30_000 })
    .toBe(true);

  // The first tab's pages that load only when opened still come, although the host no longer has them.
  await first.getByRole('button', { name: 'Letters and tools' }).click();
  await first.getByRole('heading', { level: 1, name: 'Letters and tools' }).waitFor();
  await first.locator('.back-link').click();
  await first.getByRole('button', { name: 'Case summary to print' }).click();
  await first.getByRole('heading', { level: 1, name: 'Case summary' }).waitFor();

  // The old tabs are told in one line; the tab already on the new version is not.
  await first.getByText(NOTICE).waitFor({ timeout: 30_000 });
  await other.getByText(NOTICE).waitFor();
  expect(await first.locator('.update-notice').innerText()).toMatch(/^A newer version of this guide is ready: reload/);
  expect(await fresh.getByText(NOTICE).count()).toBe(0);
  expect(await stepOf(other)).toBe('result');

  // The person chooses to reload the first tab: it gets the new version.
  await first.getByRole('button', { name: 'reload', exact: true }).click();
  await expect.poll(() => mainScript(first), { timeout: 30_000 }).not.toBe(oldScript);
  await first.locator('[data-step=start]').waitFor({ state: 'attached' });
  expect(await first.getByText(NOTICE).count()).toBe(0);

  // The other old tab, now served by the new worker, still has its own files.
  await other.getByRole('button', { name: 'Letters and tools' }).click();
  await other.getByRole('heading', { level: 1, name: 'Letters and tools' }).waitFor();
  expect(await other.getByRole('link', { name: 'Exit this page' }).isVisible()).toBe(true);

  expect([...errors, ...otherErrors, ...freshErrors]).toEqual([]);
  await context.close();
});
