/** The running flow, shared by every screen through React context. */
import { createActorContext } from '@xstate/react';
import { flowMachine } from '../flow/machine';

export const Flow = createActorContext(flowMachine);

/** Texts for "someone I support" use the i18next context "supporter" (keys ending _supporter). */
export function usePersonContext(): { context?: 'supporter' } {
  const audience = Flow.useSelector((s) => s.context.answers.audience);
  return audience === 'supporter' ? { context: 'supporter' } : {};
}
