import { memo, Suspense, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './components/ErrorBoundary';
import { NeedsTexts } from './components/NeedsTexts';
import { PageProblem } from './components/PageProblem';
import { reloadableLazy } from './components/reloadableLazy';
import { ExemptionsScreen, HospitalCard, SafetyScreen, TranslationsScreen } from './screens/laterPages';
import { Header } from './screens/Header';
import { MemberLanguageProvider, useMemberLanguage, useSetMemberLanguage } from './screens/MemberLanguage';
import { ToolkitProvider } from './advocate/store';
import { SavedProgressProvider } from './privacy/SavedProgress';
import { Flow } from './session/flowActor';
import { Wizard } from './screens/Wizard';
import { REVIEWED } from './rules/reviewed';
import { formatDate } from './lib/format';
import type { EmbedOptions } from './embed/params';
import { useAutoResize } from './embed/useAutoResize';
import { stepOf } from './flow/step';
import { STEPS } from './questions/steps';
import { FIRST_NAMESPACES, NAMESPACES, QUESTION_NAMESPACES } from './i18n/languages';
import { useBrowserHistory } from './screens/useBrowserHistory';

// The advocates' pages load only when opened, so the first visit stays small. A page whose file
// cannot be fetched is asked for again when the person tries again.
const ToolkitScreen = reloadableLazy(() => import('./advocate/ToolkitScreen').then((m) => m.ToolkitScreen));
const SummaryScreen = reloadableLazy(() => import('./screens/SummaryScreen').then((m) => m.SummaryScreen));
const CaseFileScreen = reloadableLazy(() => import('./advocate/CaseFileScreen').then((m) => m.CaseFileScreen));

type Page = 'exemptions' | 'safety' | 'summary' | 'toolkit' | 'translations' | 'card' | 'case';

/** The footer, drawn again only when the language changes, not on every step. */
const Footer = memo(function Footer({ onShowTranslations }: { onShowTranslations: () => void }) {
  const { t, i18n } = useTranslation('common');
  return (
    <footer className="footer">
      <p>{t('footer.privacy')}</p>
      <p>{t('footer.source')}</p>
      <p>{t('footer.rulesChecked', { date: formatDate(REVIEWED, i18n.language) })}</p>
      <p>
        <button type="button" className="link-button" onClick={onShowTranslations}>
          {t('translations.link')}
        </button>
      </p>
    </footer>
  );
});

function Layout({ options }: { options: EmbedOptions }) {
  const step = Flow.useSelector((s) => stepOf(s.value));
  // A page opened over the flow is a step in the browser's history too.
  const [page, setPage] = useBrowserHistory<Page>();
  const member = useMemberLanguage();
  const setMember = useSetMemberLanguage();
  useAutoResize(options.embed && options.fit !== 'fixed');
  const close = () => setPage(null);
  const showTranslations = useCallback(() => setPage('translations'), [setPage]);
  // ?review=<code>: the Translations page opens the page where a native speaker checks that language.
  useEffect(() => {
    if (!options.embed && /[?&]review=/.test(window.location.search)) setPage('translations');
    // Only for the address the guide was opened with, once.
  }, []);
  // The start page needs only the first texts, the questions theirs; from the outcome on, pages need them all.
  const pastOutcome = Flow.useSelector((s) => s.value === 'result' || s.context.history.includes('result'));
  const early = !page && !pastOutcome && ['start', 'radios', 'checkboxes', 'money', 'review'].includes(STEPS[step].kind);

  return (
    <div className={options.embed ? 'app app--embedded' : 'app'}>
      <Header options={options} />
      <main id="main" className="main" tabIndex={-1}>
        {/* One boundary per page: a page that fails leaves the header, quick exit and answers alone. */}
        <ErrorBoundary key={page ?? 'wizard'} fallback={({ error, retry }) => <PageProblem error={error} onRetry={retry} onClose={page ? close : undefined} />}>
          <NeedsTexts namespaces={!early ? NAMESPACES : step === 'start' ? FIRST_NAMESPACES : QUESTION_NAMESPACES}>
            <Suspense fallback={null}>
              {page === 'safety' && <SafetyScreen onClose={close} />}
              {page === 'exemptions' && <ExemptionsScreen onClose={close} />}
              {page === 'translations' && <TranslationsScreen onClose={close} checkFrom={options.embed ? undefined : window.location.search} />}
              {page === 'card' && <HospitalCard onClose={close} />}
              {page === 'summary' && <SummaryScreen onClose={close} />}
              {page === 'toolkit' && <ToolkitScreen onClose={close} member={member} onMemberChange={setMember} />}
              {page === 'case' && <CaseFileScreen onClose={close} member={member} onMemberChange={setMember} />}
            </Suspense>
            {!page && (
              <Wizard onShowExemptions={() => setPage('exemptions')} onShowCard={() => setPage('card')} onShowSafety={() => setPage('safety')} onShowSummary={() => setPage('summary')} onShowToolkit={() => setPage('toolkit')} onOpenCase={() => setPage('case')} />
            )}
          </NeedsTexts>
        </ErrorBoundary>
      </main>
      {!options.embed && <Footer onShowTranslations={showTranslations} />}
    </div>
  );
}

/** If the whole layout fails: the header with quick exit still, and what the person can do. */
function LayoutProblem({ options, error, retry }: { options: EmbedOptions; error: unknown; retry: () => void }) {
  return (
    <div className={options.embed ? 'app app--embedded' : 'app'}>
      <Header options={options} plain />
      <main id="main" className="main" tabIndex={-1}>
        <PageProblem error={error} onRetry={retry} />
      </main>
    </div>
  );
}

/** The whole app. `options` come from the address (see src/embed/params.ts). */
export function App({ options = { embed: false } }: { options?: EmbedOptions }) {
  // A region given by a partner is only a preselection: the person still sees and confirms it.
  const input = { answers: options.region ? { region: options.region } : {} };
  // The root boundary sits inside the providers, so the answers, the contact log and the income
  // sheet survive whatever goes wrong below it.
  return (
    <Flow.Provider input={input}>
      <SavedProgressProvider>
        <MemberLanguageProvider>
          <ToolkitProvider>
            <ErrorBoundary fallback={({ error, retry }) => <LayoutProblem options={options} error={error} retry={retry} />}>
              <Layout options={options} />
            </ErrorBoundary>
          </ToolkitProvider>
        </MemberLanguageProvider>
      </SavedProgressProvider>
    </Flow.Provider>
  );
}
