import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { decisionOf, pathAnswers, planOf } from '../flow/selectors';
import type { LanguageCode } from '../i18n/languages';
import { Flow } from '../session/flowActor';
import { CaseFileControls } from './CaseFileControls';
import { ContactLog } from './ContactLog';
import { computeSheet } from './income';
import { IncomeSheet } from './IncomeSheet';
import { LetterEditor } from './LetterEditor';
import { useToolkit } from './store';

/** Letters, the income sheet, the contact log and the case file, on one page. */
export function ToolkitScreen({ onClose, member }: { onClose: () => void; member: LanguageCode | null }) {
  const { t, i18n } = useTranslation(['advocate', 'common']);
  const context = Flow.useSelector((s) => s.context);
  const { sheet } = useToolkit();
  const sheetResult = computeSheet(sheet, i18n.language);
  const facts = {
    decision: decisionOf(context),
    plan: context.history.includes('planResult') ? planOf(context) : null,
    billPence: pathAnswers(context).billAmount,
    instalmentPence: sheetResult.ok && sheetResult.result.suggestedInstalment > 0 ? sheetResult.result.suggestedInstalment : undefined,
  };
  return (
    <div className="toolkit">
      <button type="button" className="back-link" onClick={onClose}>
        {t('common:actions.back')}
      </button>
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('lead')}</p>
      <section aria-labelledby="toolkit-letters">
        <h2 id="toolkit-letters">{t('sections.letters')}</h2>
        <LetterEditor facts={facts} member={member} />
      </section>
      <section aria-labelledby="toolkit-sheet" className="no-print">
        <h2 id="toolkit-sheet">{t('sections.sheet')}</h2>
        <IncomeSheet />
      </section>
      <section aria-labelledby="toolkit-log" className="print-log">
        <h2 id="toolkit-log">{t('sections.log')}</h2>
        <ContactLog />
      </section>
      <section aria-labelledby="toolkit-file" className="no-print">
        <h2 id="toolkit-file">{t('sections.file')}</h2>
        <CaseFileControls />
      </section>
    </div>
  );
}
