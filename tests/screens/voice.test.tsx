/**
 * One voice per mode. In advocate mode ("someone I support") the English speaks of the member as
 * "your member" and "they"; "you" is only ever the advocate. And the member's-language view speaks
 * to the member as "you": it never uses the advocate's `_supporter` texts.
 *
 * The test walks advocate journeys through every kind of page and records every text the screens
 * render (tests/support/renderedTexts.ts). It fails on a text whose English says "you" or "your"
 * and that is neither a `_supporter` text nor in the short list below of texts that address the
 * advocate, and on a text that has a `_supporter` variant the page did not use.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { renderApp, missingKeys } from '../support/renderApp';
import { englishOf, hasSupporterVariant, recordRenderedTexts, renderedTexts, type RenderedText } from '../support/renderedTexts';
import { ADVOCATE_JOURNEYS, type Case } from '../support/advocateJourneys';
import { endJourney, pageDrawn, resumeAt, walk } from '../support/walk';

/**
 * Texts that say "you" to the advocate, or to whoever holds the phone, and are right in both
 * modes. Reviewed one by one: add a text here only if its "you" can never mean the member.
 */
const ADDRESSES_THE_ADVOCATE = new Set<string>([
  // The advocate's own answers, device and controls.
  'common:actions.yourAnswers',
  'common:actions.returnToQuestions',
  'common:review.title',
  'common:review.changeHidden',
  'common:memberLanguage.label',
  'common:quickExit.hint',
  'common:footer.privacy',
  'common:save.explain',
  'common:save.warning',
  'common:save.saved',
  'questions:status.hint', // "Nothing you choose here is stored"
  'questions:cause.hint', // "You do not have to say": the one answering
  'questions:care.options.infectious-disease.hint', // "You will be asked which one"
  'questions:special.options.reciprocal.hint',
  'questions:special.options.family-of-exempt.hint',
  'questions:special.options.social-charter.hint',
  // What the advocate told us, or did not.
  'outcomes:result.youSaid',
  'outcomes:signposting.because.modern-slavery', // "you told us about trafficking or modern slavery"
  'outcomes:signposting.because.domestic-abuse',
  'outcomes:signposting.because.sexual-violence',
  'rules:nation-unknown.missing', // "Your answers do not say which nation"
  'rules:wales-reciprocal.missing',
  // The reader of the page, whoever it is.
  'outcomes:signposting.notChecked', // "you can see where we read it"
  'outcomes:signposting.campaign', // "Docs Not Cops can help you plan it": the campaign is the advocate's too
  // The hospital card's English speaks to the staff ("your Overseas Visitors Manager").
  'outcomes:card.ask',
]);

const SAYS_YOU = /\b(you|your|yours|yourself|you're|you've|you'll|you'd)\b/i;

function voiceProblems(texts: readonly RenderedText[]): string[] {
  const problems = new Set<string>();
  for (const { lng, ns, key } of texts) {
    if (lng !== 'en' || /_supporter\b/.test(key)) continue;
    // The question that chooses the mode is asked before it is known.
    if (ns === 'questions' && key.startsWith('audience.')) continue;
    const id = `${ns}:${key}`;
    if (hasSupporterVariant(ns, key)) problems.add(`${id}: has a _supporter text the page did not use`);
    else if (SAYS_YOU.test(englishOf(ns, key) ?? '') && !ADDRESSES_THE_ADVOCATE.has(id)) problems.add(`${id}: "${englishOf(ns, key)}"`);
  }
  return [...problems].sort();
}

beforeAll(async () => {
  await renderApp();
  cleanup();
  recordRenderedTexts();
});
beforeEach(() => {
  missingKeys.length = 0;
  renderedTexts.length = 0;
});
afterEach(async () => {
  await endJourney();
  expect(missingKeys).toEqual([]);
});

const buttonNamed = (name: string) => [...document.querySelectorAll('main button')].find((b) => b.textContent === name);

/** Presses a button by its text and waits for the page it opens. */
async function open(name: string) {
  const button = buttonNamed(name);
  if (!button) throw new Error(`no button "${name}"`);
  fireEvent.click(button);
  await pageDrawn();
}

/** The Check: from the start page to the outcome, opening "Your answers" and, where there is one, the hospital card. */
async function checkPart(answers: Case) {
  await renderApp();
  await walk(answers, 'result', async (step) => {
    // Only what is shown once "someone I support" is chosen counts.
    if (step === 'audience') renderedTexts.length = 0;
    if (step === 'result') {
      await open('Your answers');
      await open('Return to where you were');
      if (buttonNamed('Hospital card')) {
        await open('Hospital card');
        await open('Back');
      }
    }
  });
}

/** The rest: from the outcome through Support, Plan and Act to signposting. */
async function laterPart(answers: Case) {
  await resumeAt(answers, 'result', () => renderApp());
  renderedTexts.length = 0;
  await walk(answers, 'signposting');
}

describe('in advocate mode, "you" is only ever the advocate', () => {
  describe.each(Object.entries(ADVOCATE_JOURNEYS))('%s', (_name, answers) => {
    test('the questions and the outcome', async () => {
      await checkPart(answers);
      expect(voiceProblems(renderedTexts)).toEqual([]);
    });
    test('Support, Plan, Act and signposting', async () => {
      await laterPart(answers);
      expect(voiceProblems(renderedTexts)).toEqual([]);
    });
  });

  test('the exemptions page, opened from an outcome', async () => {
    await resumeAt(ADVOCATE_JOURNEYS['a refused asylum seeker on section 4 support, debt collectors writing']!, 'result', () => renderApp());
    renderedTexts.length = 0;
    await open('See all exemptions');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('All exemptions');
    expect(voiceProblems(renderedTexts)).toEqual([]);
  });

  test('the check fails on a text that says "you" of the member, and on a _supporter text left unused', () => {
    expect(voiceProblems([{ lng: 'en', ns: 'common', key: 'start.title' }])).toEqual(['common:start.title: "Check if you have to pay for NHS care"']);
    expect(voiceProblems([{ lng: 'en', ns: 'outcomes', key: 'actions.call-adviser' }])).toEqual(['outcomes:actions.call-adviser: has a _supporter text the page did not use']);
    expect(voiceProblems([{ lng: 'en', ns: 'outcomes', key: 'actions.call-adviser_supporter' }, { lng: 'en', ns: 'outcomes', key: 'result.youSaid' }])).toEqual([]);
  });
});

describe("the member's-language view speaks to the member", () => {
  test('it never uses the texts written for the advocate', async () => {
    const answers = ADVOCATE_JOURNEYS['an undocumented pregnant woman in England, a £3,200 bill, debt collectors phoning']!;
    await resumeAt(answers, 'result', () => renderApp());
    fireEvent.change(screen.getByLabelText("Show the questions in your member's language too"), { target: { value: 'ar' } });
    await waitFor(() => expect(renderedTexts.some((r) => r.lng === 'ar')).toBe(true));
    await walk(answers, 'signposting');
    const arabic = renderedTexts.filter((r) => r.lng === 'ar');
    expect(arabic.length).toBeGreaterThan(50);
    expect(arabic.filter((r) => /_supporter\b/.test(r.key)).map((r) => `${r.ns}:${r.key}`)).toEqual([]);
  });
});
