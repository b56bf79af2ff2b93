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
import type { LetterFacts } from './letters';
import { useToolkit } from './store';

interface Props {
  onClose: () => void;
  /** The member's language, and how to change it (an opened case file brings its own). */
  member: LanguageCode | null;
  onMemberChange: (member: LanguageCode | null) => void;
}

/** Letters, the income sheet, the contact log and the case file, on one page. */
export function ToolkitScreen({ onClose, member, onMemberChange }: Props) {
  const { t } = useTranslation(['advocate', 'common']);
  const context = Flow.useSelector((s) => s.context);
  const { sheet } = useToolkit();
  const sheetResult = computeSheet(sheet);
  const answers = pathAnswers(context);
  const instalmentPence = sheetResult.ok && sheetResult.result.suggestedInstalment > 0 ? sheetResult.result.suggestedInstalment : undefined;
  const facts: LetterFacts = {
    decision: decisionOf(context),
    plan: context.history.includes('planResult') ? planOf(context) : null,
    collectors: (answers.collectors ?? []).some((way) => way !== 'none'),
    billPence: answers.billAmount,
    instalmentPence,
    // The sheet goes with the plan letter (printed after it, and in its downloads) once it shows what can be paid.
    sheetEnclosed: instalmentPence !== undefined,
  };
  return (
    <div className="toolkit">
      <button type="button" className="back-link" onClick={onClose}>
        {t('common:actions.back')}
      </button>
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('lead')}</p>
      <section aria-labelledby="toolkit-letters" data-part="letter">
        <h2 id="toolkit-letters" className="no-print">
          {t('sections.letters')}
        </h2>
        <LetterEditor facts={facts} member={member} />
      </section>
      <section aria-labelledby="toolkit-sheet" data-part="sheet">
        <h2 id="toolkit-sheet">{t('sections.sheet')}</h2>
        <IncomeSheet />
      </section>
      <section aria-labelledby="toolkit-log" data-part="log">
        <h2 id="toolkit-log">{t('sections.log')}</h2>
        <ContactLog />
      </section>
      <section aria-labelledby="toolkit-file" className="no-print">
        <h2 id="toolkit-file">{t('sections.file')}</h2>
        <CaseFileControls member={member} onMemberChange={onMemberChange} />
      </section>
    </div>
  );
}
