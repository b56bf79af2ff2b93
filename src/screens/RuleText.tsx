import { useTranslation } from 'react-i18next';
import { ruleById } from '../rules/catalogue';
import { sentence } from '../lib/text';
import { LawQuote } from './LawQuote';

/** A rule as a short block: title, plain summary, and where the law says it. */
export function RuleNote({ id }: { id: string }) {
  const { t } = useTranslation(['rules', 'outcomes']);
  const rule = ruleById(id);
  return (
    <div className="rule-note">
      <h3 className="rule-note__title">{t(`${id}.title`)}</h3>
      <p>{sentence(t(`${id}.summary`))}</p>
      <p className="rule-note__ref">
        <a href={rule.sourceUrl} rel="noopener noreferrer" target="_blank">
          {t('outcomes:result.ruleRef', { provision: rule.provision, instrument: rule.instrument })}
        </a>
      </p>
      <LawQuote rule={rule} folded />
    </div>
  );
}
