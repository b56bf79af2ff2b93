import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Flow } from '../session/flowActor';
import { reloadToUpdate, updateReady } from './updateState';

/** One line when a newer version of the guide is ready; nothing changes until the person reloads. */
export function UpdateNotice() {
  const { t } = useTranslation('common');
  const ready = useSyncExternalStore(updateReady.subscribe, updateReady.get, () => false);
  const hasAnswers = Flow.useSelector((s) => s.context.history.length > 0);
  return (
    <p className="update-notice" role="status">
      {ready && (
        <>
          {t('update.ready')}{' '}
          <button type="button" className="link-button" onClick={reloadToUpdate}>
            {t('update.reload')}
          </button>
          {hasAnswers && <> {t('update.answersLost')}</>}
        </>
      )}
    </p>
  );
}
