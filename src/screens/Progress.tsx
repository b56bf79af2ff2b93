import { useTranslation } from 'react-i18next';
import { PHASE_NUMBER } from '../flow/step';
import type { Phase } from '../questions/steps';

/** "Step 2 of 4: Support", shown above each heading of the four steps. */
export function useProgressCaption(phase: Phase): string | undefined {
  const { t } = useTranslation('common');
  const step = PHASE_NUMBER[phase];
  return step ? t('progress', { step, name: t(`phases.${phase}`) }) : undefined;
}
