import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPath, type SavedPath } from '../flow/savedPath';
import { Flow, flowRuntimeIfLoaded as loadedRuntime, loadFlowRuntime } from '../session/flowActor';
import { forgetProgress, loadProgress, saveProgress } from './savedProgress';

/**
 * What the start page offers about progress saved on an earlier visit: to resume it, or, when it
 * no longer fits the flow (saved before a question was added, say) or cannot be read, to start
 * again or forget it. Such a record is never kept without the person being told.
 */
type Earlier = { resume: SavedPath } | 'cannot-restore' | null;

interface SavedProgressApi {
  earlier: Earlier;
  saving: boolean;
  save: () => void;
  resume: () => void;
  /** Forgets what was saved and goes to the first question. */
  startAgain: () => void;
  forget: () => void;
}

const Context = createContext<SavedProgressApi | null>(null);

/** Keeps progress in browser storage only from the moment the person asks, until they forget it. */
export function SavedProgressProvider({ children }: { children: ReactNode }) {
  const actor = Flow.useActorRef();
  const [earlier, setEarlier] = useState<Earlier>(null);
  const [saving, setSaving] = useState(false);
  // Read after the first render, so the prerendered start page hydrates unchanged.
  useEffect(() => {
    const stored = loadProgress();
    if (!stored) return;
    if (stored === 'unreadable') return setEarlier('cannot-restore');
    // Tried on the machine, which may still be on its way. If it cannot come, nothing is offered.
    let live = true;
    const offer = ({ fitsFlow }: { fitsFlow: (saved: SavedPath) => boolean }) => live && setEarlier(fitsFlow(stored) ? { resume: stored } : 'cannot-restore');
    const loaded = loadedRuntime();
    if (loaded) offer(loaded);
    else loadFlowRuntime().then(offer, () => undefined);
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!saving) return;
    const subscription = actor.subscribe((snapshot) => saveProgress(currentPath(snapshot)));
    return () => subscription.unsubscribe();
  }, [actor, saving]);

  const api = useMemo<SavedProgressApi>(() => {
    const forget = () => {
      forgetProgress();
      setSaving(false);
      setEarlier(null);
    };
    return {
      earlier,
      saving,
      save: () => setSaving(saveProgress(currentPath(actor.getSnapshot()))),
      resume: () => {
        if (!earlier || earlier === 'cannot-restore') return;
        const saved = earlier.resume;
        // The offer is made only once the machine has arrived, so this runs at once.
        actor.whenReady((flow) => {
          if (!loadedRuntime()?.replayInto(flow, saved)) return setEarlier('cannot-restore');
          setSaving(true);
          setEarlier(null);
        });
      },
      startAgain: () => {
        forget();
        actor.send({ type: 'restart' });
        actor.send({ type: 'next' });
      },
      forget,
    };
  }, [actor, earlier, saving]);
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
  const { earlier, resume, startAgain, forget } = useSavedProgress();
  if (!earlier) return null;
  const restorable = earlier !== 'cannot-restore';
  return (
    <section className="inset">
      <h2>{t(restorable ? 'save.resumeTitle' : 'save.cannotRestoreTitle')}</h2>
      <p>{t(restorable ? 'save.resumeExplain' : 'save.cannotRestoreExplain')}</p>
      <p className="journey-links">
        <button type="button" className="button" onClick={restorable ? resume : startAgain}>
          {t(restorable ? 'save.resume' : 'actions.startAgain')}
        </button>
        <button type="button" className="button button--secondary" onClick={forget}>
          {t('save.forget')}
        </button>
      </p>
    </section>
  );
}
