/**
 * What the browser's own Intl data can write, measured in Chromium: the languages it lacks are
 * exactly those src/lib/formatTable.ts writes instead (Pashto, Sorani, Tigrinya, Somali,
 * Albanian), and for every other language it writes dates, times, weekdays, money and lists as
 * Node does at build time, so a prerendered page and the running app agree.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { intlFormatterFor, intlLocale } from '../../src/lib/format';
import { FORMAT_TABLE } from '../../src/lib/formatTable';
import { intlLists } from '../../src/lib/formatMore';
import { launch } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SAMPLES = { date: '2026-11-23', month: '2016-04', time: '17:30', pence: 1250_50 };

test('Chromium lacks the languages the table writes, and writes every other one as Node does', async () => {
  const page = await browser.newPage();
  const measured = await page.evaluate(
    ({ languages, samples }) =>
      languages.map(({ code, locale }) => {
        const base = locale.split('-u-')[0]!;
        const utc = { timeZone: 'UTC' } as const;
        const [y, m, d] = samples.date.split('-').map(Number) as [number, number, number];
        const day = new Date(Date.UTC(y, m - 1, d, 12));
        const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 })
          .formatToParts(samples.pence / 100)
          .map((p) => (p.type === 'currency' ? '£' : p.value))
          .join('');
        return {
          code,
          supported: Intl.DateTimeFormat.supportedLocalesOf([base]).length > 0,
          date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...utc }).format(day),
          time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...utc }).format(new Date(Date.UTC(2024, 0, 1, 17, 30))),
          weekday: new Intl.DateTimeFormat(locale, { weekday: 'long', ...utc }).format(day),
          money,
          list: new Intl.ListFormat(locale, { type: 'conjunction' }).format(['a', 'b', 'c']),
        };
      }),
    { languages: LANGUAGE_CODES.map((code) => ({ code, locale: intlLocale(code) })), samples: SAMPLES },
  );
  expect(measured.filter((m) => !m.supported).map((m) => m.code).sort()).toEqual(Object.keys(FORMAT_TABLE).sort());
  for (const m of measured.filter((x) => !(x.code in FORMAT_TABLE))) {
    const node = intlFormatterFor(m.code);
    // Russian and Ukrainian dates are written without the year mark (г./р.): see src/lib/format.ts.
    const date = /^(ru|uk)$/.test(m.code) ? m.date.replace(/\s(г|р)\.$/u, '') : m.date;
    expect({ code: m.code, date, time: m.time, weekday: m.weekday, money: m.money, list: m.list }).toEqual({
      code: m.code,
      date: node.date(SAMPLES.date),
      time: node.time(SAMPLES.time),
      weekday: node.weekday(0),
      money: node.money(SAMPLES.pence),
      list: intlLists(m.code).list(['a', 'b', 'c']),
    });
  }
  await page.close();
});
