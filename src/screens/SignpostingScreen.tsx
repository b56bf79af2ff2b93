import { useTranslation } from 'react-i18next';
import { MachineNotice } from '../components/MachineNotice';
import { PageHeading } from '../components/PageHeading';
import { pathAnswers, signpostingOf } from '../flow/selectors';
import { ORGANISATIONS } from '../organisations/data';
import { matchOrganisations } from '../organisations/match';
import { Flow } from '../session/flowActor';
import { AdviserLine } from './signposting/AdviserLine';
import { OrganisationCard } from './signposting/OrganisationCard';

/** How many organisations show before "More organisations that fit". */
export const FIRST_SHOWN = 5;

/** The end of the journey: organisations that fit the person's region and needs, and how to reach them. */
export function SignpostingScreen() {
  const { t } = useTranslation(['outcomes', 'organisations', 'common']);
  const context = Flow.useSelector((s) => s.context);
  const seeker = signpostingOf(context);
  const matches = matchOrganisations(ORGANISATIONS, seeker);
  const region = seeker.place.region;
  const act = pathAnswers(context).act;

  return (
    <div>
      <PageHeading caption={t('common:phases.signpost')}>{t('signposting.title')}</PageHeading>
      <MachineNotice />
      <p className="lead">{t('signposting.lead')}</p>
      <AdviserLine />
      <p className="meta">{t('signposting.notChecked')}</p>
      <ul className="organisations">
        {matches.slice(0, FIRST_SHOWN).map((m) => (
          <OrganisationCard key={m.org.id} match={m} region={region} />
        ))}
      </ul>
      {matches.length > FIRST_SHOWN && (
        <details className="more-organisations">
          <summary>{t('signposting.more')}</summary>
          <ul className="organisations">
            {matches.slice(FIRST_SHOWN).map((m) => (
              <OrganisationCard key={m.org.id} match={m} region={region} headingLevel={3} />
            ))}
          </ul>
        </details>
      )}
      {act && act !== 'not-now' && (
        <section className="inset">
          <h2>{t('signposting.actTitle')}</h2>
          {(act === 'casework' || act === 'both') && <p>{t('signposting.casework')}</p>}
          {(act === 'campaign' || act === 'both') && <p>{t('signposting.campaign')}</p>}
          <p>
            <strong>{t('signposting.consent')}</strong>
          </p>
        </section>
      )}
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('common:actions.print')}
      </button>
    </div>
  );
}
