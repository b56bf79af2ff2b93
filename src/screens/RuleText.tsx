import { ruleById } from '../rules/catalogue';
import { sentence } from '../lib/text';
import { LawQuote } from './LawQuote';
import { MemberLine } from './MemberLanguage';
import { useTwoVoices } from './TwoVoices';

/**
 * A rule as a short block: title, plain summary, and where the law says it. An advocate reads of
 * "your member"; the member's-language view follows each text, spoken to the member.
 */
export function RuleNote({ id }: { id: string }) {
  const { t, member, say, sayToMember } = useTwoVoices(['rules', 'outcomes']);
  const rule = ruleById(id);
  const summary = sayToMember(`rules:${id}.summary`);
  return (
    <div className="rule-note">
      <h3 className="rule-note__title">
        {say(`rules:${id}.title`)}
        <MemberLine member={member} text={sayToMember(`rules:${id}.title`)} inline />
      </h3>
      <p>{sentence(say(`rules:${id}.summary`))}</p>
      <MemberLine member={member} text={summary && sentence(summary)} />
      <p className="rule-note__ref">
        <a href={rule.sourceUrl} rel="noopener noreferrer" target="_blank">
          {t('outcomes:result.ruleRef', { provision: rule.provision, instrument: rule.instrument })}
        </a>
      </p>
      <LawQuote rule={rule} folded />
    </div>
  );
}
