import { lazy, Suspense, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import { QuickExit, leaveNow } from './components/QuickExit';
import { ExemptionsScreen } from './screens/ExemptionsScreen';
import { SafetyScreen } from './screens/SafetyScreen';
import { MemberLanguageProvider, useMemberLanguage } from './screens/MemberLanguage';
import { ToolkitProvider } from './advocate/store';
import { SavedProgressProvider, useSavedProgress } from './privacy/SavedProgress';
import { Flow } from './screens/flowActor';
import { Wizard } from './screens/Wizard';
import { REVIEWED } from './rules/sources';
import type { EmbedOptions } from './embed/params';
import { useAutoResize } from './embed/useAutoResize';
import { stepOf } from './flow/selectors';
import { useBrowserHistory } from './screens/useBrowserHistory';

// The advocates' pages load only when opened, so the first visit stays small.
const ToolkitScreen = lazy(() => import('./advocate/ToolkitScreen').then((m) => ({ default: m.ToolkitScreen })));
const SummaryScreen = lazy(() => import('./screens/SummaryScreen').then((m) => ({ default: m.SummaryScreen })));

function Layout({ options }: { options: EmbedOptions }) {
  const { t } = useTranslation('common');
  const actor = Flow.useActorRef();
  const step = Flow.useSelector((s) => stepOf(s.value));
  // A page opened over the flow is a step in the browser's history too.
  const [page, setPage] = useBrowserHistory<'exemptions' | 'safety' | 'summary' | 'toolkit'>();
  const view = page ?? 'wizard';
  const setView = (next: typeof view) => setPage(next === 'wizard' ? null : next);
  const member = useMemberLanguage();
  const { forget } = useSavedProgress();
  const exit = useCallback(
    () =>
      leaveNow(() => {
        actor.send({ type: 'restart' });
        forget();
      }),
    [actor, forget],
  );
  const root = useRef<HTMLDivElement>(null);
  useAutoResize(root, view === 'wizard' ? step : null, options.embed);

  return (
    <div ref={root} className={options.embed ? 'app app--embedded' : 'app'}>
      <a href="#main" className="skip-link">
        {t('skipLink')}
      </a>
      <header className="header">
        <div className="header__inner">
          {options.embed ? (
            options.partner && <span className="header__partner">{t('embed.providedWith', { partner: options.partner })}</span>
          ) : (
            <span className="header__name">{t('appName')}</span>
          )}
          <LanguageSwitcher />
        </div>
        <QuickExit onExit={exit} />
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {view === 'exemptions' && <ExemptionsScreen onClose={() => setView('wizard')} />}
        {view === 'safety' && <SafetyScreen onClose={() => setView('wizard')} />}
        <Suspense fallback={null}>
          {view === 'summary' && <SummaryScreen onClose={() => setView('wizard')} />}
          {view === 'toolkit' && <ToolkitScreen onClose={() => setView('wizard')} member={member} />}
        </Suspense>
        {view === 'wizard' && (
          <Wizard onShowExemptions={() => setView('exemptions')} onShowSafety={() => setView('safety')} onShowSummary={() => setView('summary')} onShowToolkit={() => setView('toolkit')} />
        )}
      </main>
      {!options.embed && (
        <footer className="footer">
          <p>{t('footer.privacy')}</p>
          <p>{t('footer.source')}</p>
          <p>{t('footer.rulesChecked', { date: REVIEWED })}</p>
        </footer>
      )}
    </div>
  );
}

/** The whole app. `options` come from the address (see src/embed/params.ts). */
export function App({ options = { embed: false } }: { options?: EmbedOptions }) {
  // A region given by a partner is only a preselection: the person still sees and confirms it.
  const input = { answers: options.region ? { region: options.region } : {} };
  return (
    <Flow.Provider options={{ input }}>
      <SavedProgressProvider>
        <MemberLanguageProvider>
          <ToolkitProvider>
            <Layout options={options} />
          </ToolkitProvider>
        </MemberLanguageProvider>
      </SavedProgressProvider>
    </Flow.Provider>
  );
}
