import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { loadTexts } from '../../src/i18n/init';
import { NAMESPACES } from '../../src/i18n/languages';
import { ADVOCATE_JOURNEYS } from '../support/advocateJourneys';
import { renderApp } from '../support/renderApp';
import { walk } from '../support/walk';

// The summary page and the members' languages are fetched when first needed: load them once for
// the file, as renderApp does the later pages, so that no test carries those imports.
beforeAll(async () => {
  await import('../../src/screens/SummaryScreen');
  await Promise.all(['ar', 'es'].map((lng) => loadTexts(lng, NAMESPACES)));
});

// Each test starts as a first visit, not by going back through the last test's history.
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '');
});

/** An advocate's member who has claimed asylum and waits for a decision: exempt, reg 15(b). */
const EXEMPT = { audience: 'supporter', nation: 'england', care: 'hospital', cause: 'no', status: 'asylum', asylumStage: 'pending' } as const;

/** Types into a field the way a person's typing ends: the value, then leaving the field. */
function fill(label: string, value: string) {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

test('the case summary holds the outcome with its regulation, the answers, next steps and organisations, in English then the member\'s language', async () => {
  await renderApp();
  await walk(EXEMPT, 'result');
  fireEvent.click(screen.getByText('Case summary to print', { selector: 'button' }));
  await screen.findByText('Case summary', { selector: 'h1' });
  const english = document.querySelector('section[lang="en"]') as HTMLElement;
  expect(english.querySelector('h1')).toHaveTextContent('Case summary');
  expect(english).toHaveTextContent('Your member is exempt from NHS charges');
  expect(english).toHaveTextContent('Basis: reg 15(b) and (ba) of SI 2015/238');
  expect(english).toHaveTextContent('Immigration status');
  expect(english).toHaveTextContent('https://www.doctorsoftheworld.org.uk/');
  // The printed summary carries every way to reach each organisation, and where it was read.
  const dotw = english.querySelector('[data-organisation="doctors-of-the-world"]') as HTMLElement;
  expect(within(dotw).getByText('0808 1647 686', { selector: 'a' })).toHaveAttribute('href', 'tel:+448081647686');
  expect(dotw).toHaveTextContent('Monday to Friday, 10:00 to 12:00');
  expect(dotw).toHaveTextContent('Read on informationnow.org.uk. The page has no date.');
  const migrantHelp = english.querySelector('[data-organisation="migrant-help"]') as HTMLElement;
  expect(within(migrantHelp).getByText('0808 801 0503', { selector: 'a' })).toHaveAttribute('href', 'tel:+448088010503');
  expect(english).toHaveTextContent('No one has checked them with the organisations yet.');
  expect(english).toHaveTextContent(/checked these rules on \d{1,2} [A-Z][a-z]+ \d{4}, against the law, or against official guidance where we could not read the law. No lawyer has reviewed/);
  expect(english).toHaveTextContent('The law says (reg 15(b) and (ba), SI 2015/238)');
  expect(english).toHaveTextContent(/Printed on/);
  // What to do next: the outcome page's actions, of the member.
  expect(english.querySelector('.summary__next-steps')).toHaveTextContent('Your member should show the hospital proof of why they do not have to pay: their asylum registration card (ARC)');
  expect(document.querySelector('section[lang="ar"]')).toBeNull();
  // The bill's details, filled in here, and the sheet and log from the letters and tools page.
  fill('NHS trust that sent the bill', 'Royal Example NHS Trust');
  fill('Invoice number', 'INV-4471');
  fill('Amount of the bill', '3200');
  expect(screen.getByLabelText('Amount of the bill')).toHaveValue('3,200');
  expect(english).toHaveTextContent('Royal Example NHS Trust');
  expect(english).toHaveTextContent('INV-4471');
  expect(english).toHaveTextContent('£3,200');
  expect(english).toHaveTextContent('Income and expenditure');
  expect(english).toHaveTextContent('No amounts entered.');
  expect(english).toHaveTextContent('Contact log');
  expect(english).toHaveTextContent('Nothing recorded yet.');
  fireEvent.change(screen.getByLabelText("Add the member's language after the English"), { target: { value: 'ar' } });
  const arabic = await screen.findByText('ملخص الحالة');
  expect(arabic.closest('section')).toHaveAttribute('dir', 'rtl');
});

/** What each page's "What to do now" said, in English and in the member's language, by action. */
interface Said {
  id: string;
  english: string;
  member: string;
}

test('the summary\'s "What to do next" lists what the outcome, support and plan pages said to do, of the member in English and to the member in their language', async () => {
  await renderApp();
  const said: Said[] = [];
  const pages: string[] = [];
  await walk(ADVOCATE_JOURNEYS["a member's £7,000 bill, a plan advisable"]!, 'planResult', (step) => {
    // The member's language is chosen on the first page that offers it, as an advocate would.
    const control = document.getElementById('member-language') as HTMLSelectElement | null;
    if (control && control.value !== 'es') fireEvent.change(control, { target: { value: 'es' } });
    const items = [...document.querySelectorAll<HTMLElement>('.what-to-do [data-action]')];
    if (items.length) pages.push(step);
    for (const li of items) {
      if (said.some((s) => s.id === li.dataset.action)) continue;
      const member = li.querySelector('.parallel[lang="es"]')?.textContent ?? '';
      said.push({ id: li.dataset.action!, english: li.textContent!.slice(0, li.textContent!.length - member.length), member });
    }
  });
  expect(pages).toEqual(['result', 'supportAdvice', 'planResult']);
  fireEvent.click(screen.getByText('Case summary to print', { selector: 'button' }));
  await screen.findByText('Case summary', { selector: 'h1' });
  await waitFor(() => expect(document.querySelector('section[lang="es"] .summary__next-steps')).not.toBeNull());

  const english = [...document.querySelectorAll<HTMLElement>('section[lang="en"] .summary__next-steps li')];
  const spanish = [...document.querySelectorAll<HTMLElement>('section[lang="es"] .summary__next-steps li')];
  // Every action the pages gave, once each, in the order the person met them.
  expect(english.map((li) => li.dataset.action)).toEqual(said.map((s) => s.id));
  expect(spanish.map((li) => li.dataset.action)).toEqual(said.map((s) => s.id));
  expect(said.map((s) => s.id)).toEqual(expect.arrayContaining(['call-adviser', 'collector-letter', 'log-contacts', 'ask-plan', 'work-out-afford']));
  english.forEach((li, i) => {
    // The English is the page's own words (which may go on with a phone number or a button).
    expect(said[i]!.english.startsWith(li.textContent!)).toBe(true);
  });
  // The advocate's voice in English ...
  expect(english.find((li) => li.dataset.action === 'work-out-afford')).toHaveTextContent('Work out what your member can afford');
  // ... and the member's language speaks to the member, as the pages' member lines did.
  spanish.forEach((li, i) => expect(li).toHaveTextContent(said[i]!.member));
  expect(spanish.map((li) => li.textContent)).toEqual(said.map((s) => s.member));
});
