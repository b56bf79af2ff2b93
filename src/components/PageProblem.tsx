import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';
import { forgetFailedLoads } from './reloadableLazy';
import { retryFailedTexts, TextsUnavailableError } from '../i18n/init';
import { SaveProgressPanel } from '../privacy/SavedProgress';
import { Flow } from '../session/flowActor';

/** A file that did not arrive: a page's script (offline, or replaced by an update) or its texts. */
function isLoadFailure(error: unknown): boolean {
  if (error instanceof TextsUnavailableError) return true;
  return error instanceof Error && /dynamically imported module|module script failed|Failed to fetch/i.test(error.message);
}

interface Props {
  error: unknown;
  onRetry: () => void;
  /** Back to the questions, when this page was opened over them. */
  onClose?: () => void;
}

/**
 * Shown by an error boundary in place of a page that could not be shown: what failed, that the
 * answers are still here, and what the person can do. Try again first; reloading is the last
 * resort, because it loses the answers unless they are saved first.
 */
export function PageProblem({ error, onRetry, onClose }: Props) {
  const { t } = useTranslation('common');
  const flow = Flow.useActorRef();
  const hasAnswers = Flow.useSelector((s) => s.context.history.length > 0);
  const [trying, setTrying] = useState(false);
  const cause = typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : isLoadFailure(error) ? 'notLoaded' : 'broken';

  // However the person leaves this message (Back, quick exit...), a failed page is asked for again next time.
  useEffect(() => forgetFailedLoads, []);

  const tryAgain = async () => {
    setTrying(true);
    await Promise.all([retryFailedTexts(), flow.retry()]);
    setTrying(false);
    forgetFailedLoads();
    onRetry();
  };

  return (
    <div className="problem">
      <PageHeading>{t('problem.title')}</PageHeading>
      <p className="lead">{t(`problem.cause.${cause}`)}</p>
      {hasAnswers && <p>{t('problem.answersKept')}</p>}
      <p className="journey-links">
        <button type="button" className="button" onClick={() => void tryAgain()} disabled={trying}>
          {t('problem.tryAgain')}
        </button>
        {onClose && (
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('problem.backToGuide')}
          </button>
        )}
      </p>
      <h2>{t('problem.reloadTitle')}</h2>
      <p>{t(hasAnswers ? 'problem.reloadLosesAnswers' : 'problem.reloadExplain')}</p>
      {hasAnswers && <SaveProgressPanel />}
      <p>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {t('problem.reload')}
        </button>
      </p>
    </div>
  );
}
