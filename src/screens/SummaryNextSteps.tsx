import type { TFunction } from 'i18next';
import { outcomeActions, planActions, supportActions, type Action } from '../actions/whatToDo';
import type { FlowContext } from '../flow/context';
import { decisionOf, pathAnswers, planOf } from '../flow/selectors';
import type { StepId } from '../questions/steps';

/**
 * The summary's "What to do next": the "What to do now" actions of every page the person has
 * reached (the outcome, then the support page, then the plan page), each once, in that order. The
 * same pure functions choose them as choose the pages' own, so the summary never says other than
 * the guide did.
 */
export function nextStepsOf(context: FlowContext, current: StepId): Action[] {
  const reached = (step: StepId) => current === step || context.history.includes(step);
  const answers = pathAnswers(context);
  const decision = decisionOf(context);
  const all = [
    ...outcomeActions(answers, decision),
    ...(reached('supportAdvice') ? supportActions(answers, decision) : []),
    ...(reached('planResult') ? planActions(answers, planOf(context)) : []),
  ];
  return all.filter((action, index) => all.findIndex((a) => a.id === action.id) === index);
}

/** `t` is fixed to the section's language; `person` is the voice (the advocate's, or none to speak to the member). */
export function SummaryNextSteps({ t, actions, person }: { t: TFunction; actions: readonly Action[]; person: { context?: 'supporter' } }) {
  return (
    <>
      <h2>{t('summary.nextSteps')}</h2>
      <ol className="list summary__next-steps">
        {actions.map((action) => (
          <li key={action.id} data-action={action.id}>
            {t(`outcomes:actions.${action.id}`, { ...person, proof: action.proof ? t(`outcomes:proof.${action.proof}`, person) : undefined })}
          </li>
        ))}
      </ol>
    </>
  );
}
