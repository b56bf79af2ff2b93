import { signpostingOf } from '../../flow/selectors';
import { ORGANISATIONS } from '../../organisations/data';
import { adviserFor } from '../../organisations/match';
import { Flow } from '../../session/flowActor';
import { MemberLine } from '../MemberLanguage';
import { useTwoVoices } from '../TwoVoices';
import { HoursLine } from './HoursLine';
import { SourceLine } from './SourceLine';

/** "Talk to an adviser": the one free advice line that fits this person best, on every outcome page. */
export function AdviserLine() {
  const { t, member, sayToMember } = useTwoVoices(['outcomes']);
  const context = Flow.useSelector((s) => s.context);
  const match = adviserFor(ORGANISATIONS, signpostingOf(context));
  if (!match) return null;
  const { phone } = match;
  return (
    <aside className="adviser" aria-labelledby="adviser-title" data-adviser={match.org.id}>
      <h2 id="adviser-title" className="adviser__title">
        {t('signposting.adviser.title')}
        <MemberLine member={member} text={sayToMember('outcomes:signposting.adviser.title')} inline />
      </h2>
      <p>
        {t(match.free ? 'signposting.adviser.lead' : 'signposting.adviser.leadCost', { name: match.org.name })}{' '}
        <a className="tel adviser__call" href={`tel:${phone.tel}`}>
          {t('signposting.adviser.call')} <span dir="ltr">{phone.display}</span>
        </a>
        {phone.hours && (
          <>
            {' '}
            (<HoursLine hours={phone.hours} />)
          </>
        )}
      </p>
      <MemberLine member={member} text={sayToMember(match.free ? 'outcomes:signposting.adviser.lead' : 'outcomes:signposting.adviser.leadCost', { name: match.org.name })} />
      <p className="meta">
        <SourceLine source={phone.source} />
      </p>
    </aside>
  );
}
