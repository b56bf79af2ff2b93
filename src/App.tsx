import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import { QuickExit, leaveNow } from './components/QuickExit';
import { ExemptionsScreen } from './screens/ExemptionsScreen';
import { Flow } from './screens/flowActor';
import { Wizard } from './screens/Wizard';
import { REVIEWED } from './rules/sources';

function Layout() {
  const { t } = useTranslation('common');
  const actor = Flow.useActorRef();
  const [view, setView] = useState<'wizard' | 'exemptions'>('wizard');
  const exit = useCallback(() => leaveNow(() => actor.send({ type: 'restart' })), [actor]);

  return (
    <>
      <a href="#main" className="skip-link">
        {t('skipLink')}
      </a>
      <header className="header">
        <div className="header__inner">
          <span className="header__name">{t('appName')}</span>
          <LanguageSwitcher />
        </div>
        <QuickExit onExit={exit} />
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {view === 'exemptions' ? (
          <ExemptionsScreen onClose={() => setView('wizard')} />
        ) : (
          <Wizard onShowExemptions={() => setView('exemptions')} />
        )}
      </main>
      <footer className="footer">
        <p>{t('footer.privacy')}</p>
        <p>{t('footer.source')}</p>
        <p>{t('footer.rulesChecked', { date: REVIEWED })}</p>
      </footer>
    </>
  );
}

export function App() {
  return (
    <Flow.Provider options={{ input: {} }}>
      <Layout />
    </Flow.Provider>
  );
}
