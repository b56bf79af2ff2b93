import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPath, replayInto, type SavedPath } from '../flow/replay';
import { Flow } from '../screens/flowActor';
import { forgetProgress, loadProgress, saveProgress } from './savedProgress';

interface SavedProgressApi {
  /** Progress saved on an earlier visit, offered on the start page. */
  earlier: SavedPath | null;
  saving: boolean;
  save: () => void;
  resume: () => void;
  forget: () => void;
}

const Context = createContext<SavedProgressApi | null>(null);

/** Keeps progress in browser storage only from the moment the person asks, until they forget it. */
export function SavedProgressProvider({ children }: { children: ReactNode }) {
  const actor = Flow.useActorRef();
  const [earlier, setEarlier] = useState<SavedPath | null>(null);
  const [saving, setSaving] = useState(false);
  // Read after the first render, so the prerendered start page hydrates unchanged.
  useEffect(() => setEarlier(loadProgress()), []);

  useEffect(() => {
    if (!saving) return;
    const subscription = actor.subscribe((snapshot) => saveProgress(currentPath(snapshot)));
    return () => subscription.unsubscribe();
  }, [actor, saving]);

  const api = useMemo<SavedProgressApi>(
    () => ({
      earlier,
      saving,
      save: () => setSaving(saveProgress(currentPath(actor.getSnapshot()))),
      resume: () => {
        if (earlier && replayInto(actor, earlier)) setSaving(true);
        setEarlier(null);
      },
      forget: () => {
        forgetProgress();
        setSaving(false);
        setEarlier(null);
      },
    }),
    [actor, earlier, saving],
  );
  return <Context.Provider value={api}>{children}</Context.Provider>;
}

export function useSavedProgress(): SavedProgressApi {
  const api = useContext(Context);
  if (!api) throw new Error('useSavedProgress needs a SavedProgressProvider');
  return api;
}

/** On "Your answers": the choice to save, explained, and the way to forget. */
export function SaveProgressPanel() {
  const { t } = useTranslation('common');
  const { saving, save, forget } = useSavedProgress();
  return (
    <section className="inset save-progress">
      <h2>{t('save.title')}</h2>
      {saving ? (
        <>
          <p role="status">{t('save.saved')}</p>
          <button type="button" className="button button--secondary" onClick={forget}>
            {t('save.forget')}
          </button>
        </>
      ) : (
        <>
          <p>{t('save.explain')}</p>
          <p>{t('save.warning')}</p>
          <button type="button" className="button button--secondary" onClick={save}>
            {t('save.button')}
          </button>
        </>
      )}
    </section>
  );
}

/** On the start page, when progress was saved on an earlier visit. */
export function ResumeOffer() {
  const { t } = useTranslation('common');
  const { earlier, resume, forget } = useSavedProgress();
  if (!earlier) return null;
  return (
    <section className="inset">
      <h2>{t('save.resumeTitle')}</h2>
      <p>{t('save.resumeExplain')}</p>
      <p className="journey-links">
        <button type="button" className="button" onClick={resume}>
          {t('save.resume')}
        </button>
        <button type="button" className="button button--secondary" onClick={forget}>
          {t('save.forget')}
        </button>
      </p>
    </section>
  );
}
