import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Rule } from '../../src/rules';
import { RULES } from '../../src/rules/catalogue';
import { isOfficialSource } from '../../src/rules/sources';

const english = JSON.parse(readFileSync(join(__dirname, '../../locales/en/rules.json'), 'utf8')) as Record<string, { summary: string; missing?: string }>;

describe('every rule record', () => {
  test('has a unique id', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  test.each(RULES.map((r) => [r.id, r] as const))('%s cites its instrument, provision and source, with a review date', (_id, rule) => {
    expect(rule.instrument.trim()).not.toBe('');
    expect(rule.provision.trim()).not.toBe('');
    expect(isOfficialSource(rule.sourceUrl), `${rule.sourceUrl} is not the law or an official body's page`).toBe(true);
    expect(rule.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(rule.lastReviewed))).toBe(false);
    expect(rule.lastReviewed <= new Date().toISOString().slice(0, 10)).toBe(true);
  });

  test.each(RULES.filter((r) => r.settled).map((r) => [r.id, r] as const))('%s is settled, so it quotes the words it rests on (at most about 300 characters)', (_id, rule) => {
    expect(rule.quote?.trim().length ?? 0).toBeGreaterThan(10);
    expect(rule.quote!.length).toBeLessThanOrEqual(320);
    expect(english[rule.id]!.missing).toBeUndefined();
  });

  test.each(RULES.filter((r) => !r.settled).map((r) => [r.id] as const))('%s is not settled, so it says what is missing', (id) => {
    expect(english[id]!.missing?.trim().length ?? 0).toBeGreaterThan(10);
  });

  test.each(RULES.filter((r) => r.quote).map((r) => [r.id, r] as const))('%s says which rung of the source ladder its quote stands on', (_id, rule) => {
    expect(['law', 'guidance']).toContain(rule.quoteKind);
    if (rule.quoteKind === 'guidance') {
      // Guidance settles a rule only with its publisher, title and the page's own date.
      expect(rule.guidance?.publisher.trim()).toBeTruthy();
      expect(rule.guidance?.title.trim()).toBeTruthy();
      expect(rule.guidance?.date).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/);
      // Guidance is never dressed as law: only an explanatory note (not part of the law) may sit on legislation.gov.uk.
      if (/legislation\.gov\.uk/.test(rule.sourceUrl)) expect(rule.sourceUrl).toMatch(/\/note\//);
    } else {
      expect(rule.guidance).toBeUndefined();
    }
  });

  test('the official-source check refuses charity and campaign pages, and look-alike hosts', () => {
    expect(isOfficialSource('https://www.legislation.gov.uk/uksi/2015/238/regulation/9')).toBe(true);
    expect(isOfficialSource('https://www.nhsinform.scot/care-support-and-rights/')).toBe(true);
    expect(isOfficialSource('https://belfasttrust.hscni.net/patients/')).toBe(true);
    expect(isOfficialSource('https://www.nrpfnetwork.org.uk/information-and-resources/')).toBe(false);
    expect(isOfficialSource('https://www.maternityaction.org.uk/advice/')).toBe(false);
    expect(isOfficialSource('https://gov.uk.example.com/x')).toBe(false);
    expect(isOfficialSource('http://www.gov.uk/x')).toBe(false);
  });

  test('the quote check fails a settled rule without a quote', () => {
    const bad: Rule = { ...RULES.find((r) => r.settled)!, quote: undefined };
    expect(() => expect(bad.quote?.trim().length ?? 0).toBeGreaterThan(10)).toThrow();
  });

  test.each(RULES.filter((r) => !r.settled).map((r) => [r.id] as const))('%s is unconfirmed, so its text hedges ("may", "can reduce the risk") or sends the person to an adviser', (id) => {
    expect(english[id]!.summary).toMatch(/\bmay\b|adviser|can reduce the risk/);
  });
});
