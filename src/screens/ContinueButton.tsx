import { useTranslation } from 'react-i18next';
import { Flow } from '../session/flowActor';

/** Continue on a page with no question. */
export function ContinueButton({ label }: { label?: string }) {
  const { t } = useTranslation('common');
  const actor = Flow.useActorRef();
  return (
    <button type="button" className="button" onClick={() => actor.send({ type: 'next' })}>
      {label ?? t('actions.continue')}
    </button>
  );
}
