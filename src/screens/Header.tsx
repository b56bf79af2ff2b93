import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { QuickExit, leaveNow } from '../components/QuickExit';
import type { EmbedOptions } from '../embed/params';
import { LanguageMissingNotice } from '../offline/LanguageMissingNotice';
import { UpdateNotice } from '../offline/UpdateNotice';
import { useSavedProgress } from '../privacy/SavedProgress';
import { Flow } from '../session/flowActor';

/**
 * The top of every page: the guide's name (or the partner's), the language switcher, quick exit,
 * and the one-line notice of a newer version. `plain` (when the layout itself failed) keeps only
 * the name and quick exit, the parts that must never be missing. Drawn again only when what it
 * shows changes, not on every step.
 */
export const Header = memo(function Header({ options, plain = false }: { options: EmbedOptions; plain?: boolean }) {
  const { t } = useTranslation('common');
  const actor = Flow.useActorRef();
  const { forget } = useSavedProgress();
  const exit = useCallback(
    () =>
      leaveNow(() => {
        actor.send({ type: 'restart' });
        forget();
      }),
    [actor, forget],
  );
  return (
    <>
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
          {!plain && <LanguageSwitcher />}
        </div>
      </header>
      <QuickExit onExit={exit} />
      {!plain && <UpdateNotice />}
      <LanguageMissingNotice />
    </>
  );
});
