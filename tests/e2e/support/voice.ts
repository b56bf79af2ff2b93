/**
 * Browser checks of the two voices of advocate mode, page by page:
 * - the English speaks of the member as "your member" or "they": any other "you" must be one of
 *   the phrases that address the advocate (the same reviewed list as tests/screens/voice.test.tsx);
 * - the member's-language view covers every text the member sees, and has no English in it but
 *   names, citations, quoted law and glosses in brackets.
 */
import type { Page } from 'playwright-core';
import { ORGANISATIONS } from '../../../src/organisations/data';

/** English phrases whose "you" is the advocate (or whoever holds the phone), never the member. */
const TO_THE_ADVOCATE = [
  /^Your answers$/,
  /^Return to where you were$/,
  /You said "/,
  /Nothing you choose here is stored or sent anywhere/,
  /You do not have to say/,
  /You will be asked/,
  /you told us about/,
  /Your answers do not (say|show)/,
  /You told us of no exemption/,
  /You answered "not sure"/,
  /Under each detail, you can see where we read it/,
  /Docs Not Cops can help you plan it/,
  /^Exit this page/,
  /Nothing you enter is stored or sent/,
  /Do not agree a plan until you know/,
  /Contact the hospital as soon as you can/,
  /you can ask the debt collector to put the account on hold/, // the advocate asks
  /fit your answers/,
];

const SENTENCES = /[^.!?:]+[.!?:]?/g;

/** English sentences on the page (outside the member's language) that say "you" of someone other than the advocate. */
export async function youOfTheMember(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (el.closest('.parallel, [lang]:not([lang="en"]), option, select, .visually-hidden')) continue;
      if (!el.checkVisibility()) continue;
      out.push(el.closest('p, li, h1, h2, h3, summary, label, dt, dd, legend, button, figcaption')?.textContent ?? node.textContent ?? '');
    }
    return [...new Set(out)];
  });
  return texts
    .flatMap((t) => t.match(SENTENCES) ?? [])
    .map((s) => s.trim())
    .filter((s) => /\byou(r|rs|rself)?\b/i.test(s.replace(/\byour member('s)?\b/gi, '')))
    .filter((s) => !TO_THE_ADVOCATE.some((phrase) => phrase.test(s)));
}

/** Words that stay in English in any language: names of organisations and public bodies, forms and cards, citations. */
const NAMES = [
  ...ORGANISATIONS.map((o) => o.name),
  'NHS inform', 'NHS 111', 'NHS 24', 'NHS Wales', 'NI Direct', 'GOV.UK', 'Home Office', 'NHS', 'GP', 'A&E', 'EHIC', 'GHIC', 'S1', 'S2', 'ARC', 'FGM', 'HIV', 'TB', 'IVF', 'COVID-19',
  'StepChange', 'Doctors of the World', 'Docs Not Cops', 'Refuge',
  // Names of laws.
  'Mental Health (Northern Ireland) Order', 'Mental Health Act', 'Mental Capacity Act', 'Care Act 2014', 'Children Act 1989',
  'Social Services and Well-being (Wales) Act 2014', 'Immigration Rules', 'EU Settlement Scheme',
].sort((a, b) => b.length - a.length);
const CITATION = /\b(reg(ulation)?s?|SI|SSI|WSI|SR|section|Schedule|para(graph)?)\s*[\d(][\w()./, -]*/gi;

/** The Latin-script words in a text of the member's language that are not a name, a citation, quoted law or a gloss. */
export function englishIn(text: string): string[] {
  let rest = text.replace(/\u2068[^\u2069]*\u2069/g, ' '); // isolated runs: glosses, titles and words of the law
  for (const name of NAMES) rest = rest.split(name).join(' ');
  rest = rest
    .replace(/\([^()]*\)/g, ' ') // glosses in brackets
    .replace(CITATION, ' ')
    .replace(/UK£/g, ' '); // how Intl writes the pound in some languages
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

export interface Uncovered {
  /** Person-facing English with no text in the member's language beside it. */
  untranslated: string[];
  /** English words inside the member's-language texts. */
  english: string[];
}

/** The member's-language view of the current page, in `member` (e.g. 'ar'). */
export async function memberView(page: Page, member: string): Promise<Uncovered> {
  const { blocks, parallels } = await page.evaluate((lang) => {
    const main = document.querySelector('main')!;
    // Advocate-only controls, and what stays in English by design: quoted law, sources, contact details.
    // Names are marked as English (lang="en"): organisations' names, addresses, the law's own words.
    const skip = '.parallel, .journey-links, .member-language, .back-link, button, .button, figure.law-quote, blockquote, .sources, .rule-note__ref, .reasons__ref, .source-line, .contacts dd, .url, .law-quote__caption, .error-summary, .visually-hidden, main [lang="en"]';
    const blocks = [...main.querySelectorAll('h1, h2, h3, p, li, summary, dt, label, legend')]
      .filter((el) => el.checkVisibility() && !el.closest(skip) && !el.querySelector('h1, h2, h3, p, li, ul, ol'))
      .filter((el) => !(el.querySelector('.parallel') || el.nextElementSibling?.matches('.parallel') || el.closest('label')?.querySelector('.parallel')))
      .map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.source-line, [lang]:not([lang="en"]), bdi, a[href^="tel:"], a[href^="mailto:"], button').forEach((n) => n.remove());
        return copy.textContent?.trim() ?? '';
      });
    const parallels = [...main.querySelectorAll(`.parallel[lang="${lang}"]`)].map((el) => el.textContent ?? '');
    return { blocks, parallels };
  }, member);
  return {
    untranslated: blocks.filter((text) => englishIn(text).length > 0),
    english: [...new Set(parallels.flatMap((text) => englishIn(text).map((word) => `${word} (in "${text.slice(0, 60)}")`)))],
  };
}
