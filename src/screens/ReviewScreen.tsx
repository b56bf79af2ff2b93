import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { isQuestion, type AnswerValue } from '../questions/steps';
import { answerLabel } from './answerLabel';
import { Flow, usePersonContext } from '../session/flowActor';
import { SaveProgressPanel } from '../privacy/SavedProgress';

/** "Your answers": every answer on the path, each with a Change button. */
export function ReviewScreen() {
  const { t, i18n } = useTranslation(['common', 'questions']);
  const person = usePersonContext();
  const actor = Flow.useActorRef();
  const context = Flow.useSelector((s) => s.context);
  const answers = context.answers as Record<string, AnswerValue | undefined>;
  const rows = context.history.filter(isQuestion).filter((step) => answers[step] !== undefined);

  return (
    <div>
      <PageHeading>{t('review.title')}</PageHeading>
      {rows.length === 0 ? (
        <p>{t('review.empty')}</p>
      ) : (
        <dl className="summary-list">
          {rows.map((step) => (
            <div className="summary-list__row" key={step}>
              <dt className="summary-list__key">{t(`questions:${step}.short`)}</dt>
              <dd className="summary-list__value">{answerLabel(t, step, answers[step]!, person, i18n.language)}</dd>
              <dd className="summary-list__actions">
                <button type="button" className="link-button" onClick={() => actor.send({ type: 'change', step })}>
                  {t('actions.change')}{' '}
                  <span className="visually-hidden">{t('review.changeHidden', { question: t(`questions:${step}.short`) })}</span>
                </button>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" className="button" onClick={() => actor.send({ type: 'review.close' })}>
        {t('actions.returnToQuestions')}
      </button>
      <SaveProgressPanel />
    </div>
  );
}
