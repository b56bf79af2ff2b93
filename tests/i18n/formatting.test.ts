/**
 * Amounts, dates and percentages stated in texts are placeholders, filled in each language's own
 * conventions; every value inside a right-to-left text is isolated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { initI18n, loadRemainingTexts } from '../../src/i18n/init';
import { FORMATS } from '../../src/i18n/formatting';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { TEXT_VALUES } from '../../src/i18n/textValues';
import { DEBT_THRESHOLDS } from '../../src/rules/thresholds';
import { withPlaceholders } from '../../scripts/textPlaceholders';
import { formatMoney } from '../../src/lib/format';

const LOCALES = join(process.cwd(), 'locales');
const texts = (code: string) =>
  readdirSync(join(LOCALES, code))
    .filter((f) => !f.startsWith('_'))
    .flatMap((file) => {
      const flat: [string, string][] = [];
      const walk = (value: unknown, key: string) => {
        if (typeof value === 'string') flat.push([`${file.replace('.json', '')}:${key}`, value]);
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
      };
      walk(JSON.parse(readFileSync(join(LOCALES, code, file), 'utf8')), '');
      return flat;
    });

/** The money field's own messages: the money-input work rewrites them in each language's conventions. */
const MONEY_INPUT_MESSAGES = /^(common:errors\.money\.|advocate:sheet\.errors\.)/;

test('the debt amounts and dates texts state are the rules\u2019 own', () => {
  const rule = (id: string) => DEBT_THRESHOLDS.find((t) => t.ruleId === id)!;
  const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  expect(TEXT_VALUES).toMatchObject({
    debtThreshold2011: rule('debt-1000-2011-2016').thresholdPence,
    debt1000From: rule('debt-1000-2011-2016').from,
    debt1000To: rule('debt-1000-2011-2016').to,
    debtThreshold2016: rule('debt-500-since-2016').thresholdPence,
    debt500From: rule('debt-500-since-2016').from,
    debtEeaFrom: rule('debt-500-eea-since-2021').from,
    debtEeaDayBefore: dayBefore(rule('debt-500-eea-since-2021').from),
  });
  expect(rule('debt-500-eea-since-2021').thresholdPence).toBe(TEXT_VALUES.debtThreshold2016);
});

describe('amounts and dates in texts are placeholders', () => {
  test('every formatted placeholder names a value from textValues and a known format, and every value is used', () => {
    const used = new Set<string>();
    for (const code of LANGUAGE_CODES)
      for (const [key, text] of texts(code))
        for (const [, name, format] of text.matchAll(/\{\{\s*(\w+)\s*,\s*(\w+)\s*\}\}/g)) {
          expect(Object.keys(FORMATS), `${code} ${key}`).toContain(format);
          expect(Object.keys(TEXT_VALUES), `${code} ${key}`).toContain(name);
          used.add(name!);
        }
    expect([...used].sort()).toEqual(Object.keys(TEXT_VALUES).sort());
  });

  test.each(LANGUAGE_CODES)('%s states no amount, percentage or English month and year in its own words', (code) => {
    const written = texts(code).filter(
      ([key, text]) =>
        !MONEY_INPUT_MESSAGES.test(key) &&
        /£\s?\d|\d\s?%|%\d|\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)|(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/.test(text),
    );
    expect(written).toEqual([]);
  });
});

describe('filled in the language of the text', () => {
  beforeAll(async () => {
    if (!i18next.isInitialized) await initI18n('en');
    await loadRemainingTexts();
    for (const code of ['fr', 'fa', 'ti', 'pl']) await i18next.loadLanguages(code);
    await i18next.loadNamespaces(['rules', 'questions']);
  });
  const title = (lng: string) => i18next.getFixedT(lng, 'rules')('debt-1000-2011-2016.title');

  test('English', () => {
    expect(title('en')).toBe('Bills of £1,000 or more for care since 1 November 2011');
    expect(i18next.getFixedT('en', 'rules')('charge-150.summary')).toContain('billed 150% of the cost');
  });

  test('a decimal comma language never reads £1,000 as one pound', () => {
    expect(title('fr')).toBe('Factures de 1\u202f000\u00a0£ ou plus pour des soins depuis le 1 novembre 2011');
    expect(title('pl')).toBe('Rachunki na 1000\u00a0£ lub więcej za opiekę od 1 listopada 2011');
  });

  test('Tigrinya months in Tigrinya, though the browser has no Tigrinya data', () => {
    expect(title('ti')).toContain('ካብ ሕዳር 1, 2011 ጀሚሩ');
  });

  test('in Persian, each value is isolated so that it keeps its own order inside the right-to-left text', () => {
    expect(title('fa')).toBe(`صورت‌حساب‌های \u2068${formatMoney(1000_00, 'fa')}\u2069 یا بیشتر برای درمان از \u20681 نوامبر 2011\u2069`);
    expect(formatMoney(1000_00, 'fa')).toMatch(/^\u200e£\s1,000$/);
    expect(i18next.getFixedT('fa', 'outcomes')('result.basis', { provision: 'reg 10 (a)', instrument: 'SI 2015/238' })).toBe(
      'مبنا: \u2068reg 10 (a)\u2069 از \u2068SI 2015/238\u2069',
    );
  });
});

describe('putting back placeholders in a translation that writes the values out (merges, older translations)', () => {
  test.each([
    ['fr', 'Dettes de {{debtThreshold2016, money}} depuis le {{debt500From, date}}', 'Dettes de £500 ou plus depuis le 6 avril 2016', 'Dettes de {{debtThreshold2016, money}} ou plus depuis le {{debt500From, date}}'],
    ['ur', 'since {{debt500From, date}}', 'NHS کا £500 یا 6 April 2016 سے', 'NHS کا £500 یا {{debt500From, date}} سے'],
    ['zh', 'since {{debt500From, date}}', '2016 年 4 月 6 日以来的医疗', '{{debt500From, date}}以来的医疗'],
    ['vi', 'since {{debt500From, date}}', 'từ ngày 6 tháng 4 năm 2016', 'từ ngày {{debt500From, date}}'],
    ['ru', 'since {{communityChargesFrom, date}}', 'с 23 октября 2017 года за помощь', 'с {{communityChargesFrom, date}} за помощь'],
    ['es', 'since {{communityChargesFrom, date}}', 'desde el 23 de octubre de 2017, se', 'desde el {{communityChargesFrom, date}}, se'],
    ['tr', 'billed {{chargeRate, percent}}', "maliyetin %150'si kadar", "maliyetin {{chargeRate, percent}}'si kadar"],
    ['fr', 'billed {{chargeRate, percent}}', 'une facture de 150 % du coût', 'une facture de {{chargeRate, percent}} du coût'],
    // Amounts in the language's own way, and dates in the order some languages write them.
    ['ru', 'if it is {{debtThreshold2011, money}}', 'если он составляет 1 000 £ или больше', 'если он составляет {{debtThreshold2011, money}} или больше'],
    ['es', 'if it is {{debtThreshold2011, money}}', 'si es de 1.000 £ o más', 'si es de {{debtThreshold2011, money}} o más'],
    ['pl', 'if it is {{debtThreshold2011, money}}', 'jeśli wynosi 1000 £ lub więcej', 'jeśli wynosi {{debtThreshold2011, money}} lub więcej'],
    ['fa', 'if it is {{debtThreshold2016, money}}', 'اگر 500 پوند یا بیشتر باشد', 'اگر {{debtThreshold2016, money}} یا بیشتر باشد'],
    ['ar', 'if it is {{debtThreshold2011, money}}', 'إذا كانت 1,000 جنيه إسترليني أو أكثر', 'إذا كانت {{debtThreshold2011, money}} أو أكثر'],
    ['zh', 'if it is {{debtThreshold2016, money}}', '账单金额在 500 英镑或以上', '账单金额在 {{debtThreshold2016, money}}或以上'],
    ['ta', 'since {{debt1000From, date}}', 'இது 2011 நவம்பர் 1 முதல்', 'இது {{debt1000From, date}} முதல்'],
    ['ckb', 'since {{debt500From, date}}', 'لە 6ی ئەپریلی 2016 ـەوە', 'لە {{debt500From, date}} ـەوە'],
    ['ta', 'before {{surchargeFrom, date}}', '6 ஏப்ரல் 2015-க்கு முன்', '{{surchargeFrom, date}}-க்கு முன்'],
    ['ckb', 'before {{surchargeFrom, date}}', 'پێش 6 April 2015 داوای', 'پێش {{surchargeFrom, date}} داوای'],
  ])('%s: %s', (code, english, translated, expected) => {
    expect(withPlaceholders(english, translated, code)).toBe(expected);
  });

  test('other numbers, and values the English does not hold, stay as they are', () => {
    expect(withPlaceholders('paragraph SUI 16.1 since {{debt500From, date}}', 'paragraphe SUI 16.1 depuis le 6 avril 2016, pas le 7 avril 2016 ni £5000', 'fr')).toBe(
      'paragraphe SUI 16.1 depuis le {{debt500From, date}}, pas le 7 avril 2016 ni £5000',
    );
    expect(withPlaceholders('bills of {{debtThreshold2016, money}}', 'factures de 1 500 £, de 500,50 £ ou de 2500 £', 'fr')).toBe('factures de 1 500 £, de 500,50 £ ou de 2500 £');
  });
});
