import { MachineNotice } from '../components/MachineNotice';
import { AfterPaint } from '../components/AfterPaint';
import { PageHeading } from '../components/PageHeading';
import { pathAnswers, signpostingOf } from '../flow/selectors';
import { ORGANISATIONS } from '../organisations/data';
import { matchOrganisations } from '../organisations/match';
import { Flow } from '../session/flowActor';
import { AdviserLine } from './signposting/AdviserLine';
import { OrganisationCard } from './signposting/OrganisationCard';
import { MemberLine } from './MemberLanguage';
import { Said, useTwoVoices } from './TwoVoices';

/** How many organisations show before "More organisations that fit". */
export const FIRST_SHOWN = 5;

/** The end of the journey: organisations that fit the person's region and needs, and how to reach them. */
export function SignpostingScreen() {
  const { t, member, say, sayToMember } = useTwoVoices(['outcomes', 'organisations', 'common']);
  const context = Flow.useSelector((s) => s.context);
  const seeker = signpostingOf(context);
  const matches = matchOrganisations(ORGANISATIONS, seeker);
  const region = seeker.place.region;
  const act = pathAnswers(context).act;

  return (
    <div>
      <PageHeading caption={t('common:phases.signpost')}>{t('signposting.title')}</PageHeading>
      <MemberLine member={member} text={sayToMember('outcomes:signposting.title')} />
      <MachineNotice />
      <Said className="lead" text={say('outcomes:signposting.lead')} member={member} memberText={sayToMember('outcomes:signposting.lead')} />
      <AdviserLine />
      <Said className="meta" text={t('signposting.notChecked')} member={member} memberText={sayToMember('outcomes:signposting.notChecked')} />
      {/* The cards start below the first screen: drawn just after it. */}
      <AfterPaint>
        <ul className="organisations">
          {matches.slice(0, FIRST_SHOWN).map((m) => (
            <OrganisationCard key={m.org.id} match={m} region={region} />
          ))}
        </ul>
        {matches.length > FIRST_SHOWN && (
          <details className="more-organisations">
            <summary>
              {t('signposting.more')}
              <MemberLine member={member} text={sayToMember('outcomes:signposting.more')} inline />
            </summary>
            <ul className="organisations">
              {matches.slice(FIRST_SHOWN).map((m) => (
                <OrganisationCard key={m.org.id} match={m} region={region} headingLevel={3} />
              ))}
            </ul>
          </details>
        )}
        {act && act !== 'not-now' && (
          <section className="inset">
            <h2>
              {t('signposting.actTitle')}
              <MemberLine member={member} text={sayToMember('outcomes:signposting.actTitle')} inline />
            </h2>
            {(act === 'casework' || act === 'both') && <Said text={say('outcomes:signposting.casework')} member={member} memberText={sayToMember('outcomes:signposting.casework')} />}
            {(act === 'campaign' || act === 'both') && <Said text={say('outcomes:signposting.campaign')} member={member} memberText={sayToMember('outcomes:signposting.campaign')} />}
            <p>
              <strong>{t('signposting.consent')}</strong>
            </p>
            <MemberLine member={member} text={sayToMember('outcomes:signposting.consent')} />
          </section>
        )}
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('common:actions.print')}
        </button>
      </AfterPaint>
    </div>
  );
}
