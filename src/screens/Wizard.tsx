import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepOf } from '../flow/step';
import { afterNextPaint } from '../lib/schedule';
import { isQuestion, STEPS } from '../questions/steps';
import { Flow } from '../session/flowActor';
import { QuestionScreen } from './QuestionScreen';
import { StartScreen } from './StartScreen';
import { OutcomeScreen, PlanResultScreen, ReviewScreen, SignpostingScreen, SupportAdviceScreen, wantLaterPages } from './laterPages';
import { MemberLanguageControl } from './MemberLanguage';

/** Shows the screen for the machine's current step, with Back and "Your answers". */
interface Props {
  onShowExemptions: () => void;
  onShowCard: () => void;
  onShowSafety: () => void;
  onShowSummary: () => void;
  onShowToolkit: () => void;
  onOpenCase: () => void;
}

export function Wizard({ onShowExemptions, onShowCard, onShowSafety, onShowSummary, onShowToolkit, onOpenCase }: Props) {
  const { t } = useTranslation(['common', 'advocate']);
  const actor = Flow.useActorRef();
  // The machine could not be fetched while a tap waited for it: the page's boundary says so.
  const loadProblem = Flow.useLoadProblem();
  if (loadProblem) throw loadProblem;
  const step = Flow.useSelector((s) => stepOf(s.value));
  const canGoBack = Flow.useSelector((s) => s.can({ type: 'back' }));
  const hasAnswers = Flow.useSelector((s) => s.context.history.length > 0);
  const reachedOutcome = Flow.useSelector((s) => s.context.history.includes('result') || s.value === 'result');
  // The start page does not grab focus on first load; every later page does.
  const moved = useRef(false);
  // data-step is set once the app runs, so it also says the prerendered page has come alive.
  const [alive, setAlive] = useState(false);
  useEffect(() => setAlive(true), []);
  useEffect(() => {
    if (step === 'start') return;
    moved.current = true;
    // The outcome may be a few taps away: its page and texts must be here before it is. (After the
    // paint: starting a dozen fetches is work the tap that left the start page need not wait for.)
    afterNextPaint(wantLaterPages);
  }, [step]);

  const screen = (() => {
    if (isQuestion(step)) return <QuestionScreen key={step} step={step} />;
    switch (STEPS[step].kind) {
      case 'start':
        return <StartScreen onShowExemptions={onShowExemptions} onShowSafety={onShowSafety} onOpenCase={onOpenCase} focusHeading={moved.current} />;
      case 'outcome':
        return <OutcomeScreen onShowExemptions={onShowExemptions} onShowCard={onShowCard} onShowToolkit={onShowToolkit} />;
      case 'info':
        return step === 'supportAdvice' ? <SupportAdviceScreen onShowToolkit={onShowToolkit} /> : <PlanResultScreen onShowToolkit={onShowToolkit} />;
      case 'signposting':
        return <SignpostingScreen />;
      default:
        return <ReviewScreen />;
    }
  })();

  return (
    // The second click of a double click lands on what the first brought up, often the next page's
    // Continue: it is ignored, so it cannot submit that page's question empty. (The browser counts
    // the clicks in `detail`; a single press is 1, a key press 0.)
    <div
      data-step={alive ? step : undefined}
      onClickCapture={(event) => {
        if (event.detail > 1 && (event.target as Element).closest('button')) {
          event.preventDefault();
          event.stopPropagation();
        }
      }}
    >
      {canGoBack && step !== 'review' && (
        <button type="button" className="back-link" onClick={() => actor.send({ type: 'back' })}>
          {t('actions.back')}
        </button>
      )}
      {step !== 'start' && step !== 'audience' && <MemberLanguageControl />}
      <Suspense fallback={null}>{screen}</Suspense>
      {hasAnswers && step !== 'review' && (
        <p className="journey-links">
          <button type="button" className="link-button" onClick={() => actor.send({ type: 'review.open', from: step })}>
            {t('actions.yourAnswers')}
          </button>
          {reachedOutcome && (
            <>
              <button type="button" className="link-button" onClick={onShowSummary}>
                {t('summary.link')}
              </button>
              <button type="button" className="link-button" onClick={onShowToolkit}>
                {t('advocate:link')}
              </button>
            </>
          )}
          <button type="button" className="link-button" onClick={() => actor.send({ type: 'restart' })}>
            {t('actions.startAgain')}
          </button>
        </p>
      )}
    </div>
  );
}
