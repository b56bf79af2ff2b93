/**
 * The pages after the questions (the outcome, support, plan and signposting pages, "Your answers",
 * and the exemptions, safety and translations pages), with the rule records they quote. They are not part of the first download:
 * main.tsx fetches them just after the first page is drawn.
 */
import { reloadableLazy } from '../components/reloadableLazy';

export const OutcomeScreen = reloadableLazy(() => import('./OutcomeScreen').then((m) => m.OutcomeScreen));
export const SupportAdviceScreen = reloadableLazy(() => import('./SupportAdviceScreen').then((m) => m.SupportAdviceScreen));
export const PlanResultScreen = reloadableLazy(() => import('./PlanResultScreen').then((m) => m.PlanResultScreen));
export const SignpostingScreen = reloadableLazy(() => import('./SignpostingScreen').then((m) => m.SignpostingScreen));
export const ExemptionsScreen = reloadableLazy(() => import('./ExemptionsScreen').then((m) => m.ExemptionsScreen));
export const TranslationsScreen = reloadableLazy(() => import('./TranslationsScreen').then((m) => m.TranslationsScreen));
export const ReviewScreen = reloadableLazy(() => import('./ReviewScreen').then((m) => m.ReviewScreen));
export const HospitalCard = reloadableLazy(() => import('./HospitalCard').then((m) => m.HospitalCard));
export const SafetyScreen = reloadableLazy(() => import('./SafetyScreen').then((m) => m.SafetyScreen));

let wanted: () => void = () => {};
const laterWanted = new Promise<void>((resolve) => (wanted = resolve));
/** The person has left the start page: the later pages will be needed within a few taps. */
export const wantLaterPages = () => wanted();
/** Resolves once the person has left the start page. */
export const laterPagesWanted = () => laterWanted;

const LATER_PAGES = [OutcomeScreen, SupportAdviceScreen, PlanResultScreen, SignpostingScreen, ExemptionsScreen, TranslationsScreen, ReviewScreen, SafetyScreen, HospitalCard];

/** Fetches every later page, one at a time: each arrives and is run in a task of its own. */
export function laterPagePreloads(): (() => Promise<void>)[] {
  return LATER_PAGES.map((page) => () => page.preload());
}

export function preloadLaterPages(): Promise<unknown> {
  return Promise.all(LATER_PAGES.map((page) => page.preload()));
}
