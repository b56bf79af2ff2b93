import { useTranslation } from 'react-i18next';
import { MachineNotice } from '../components/MachineNotice';
import { PageHeading } from '../components/PageHeading';
import { pathAnswers, signpostingOf } from '../flow/selectors';
import { ORGANISATIONS } from '../organisations/data';
import { matchOrganisations, toolkitWithoutContact } from '../organisations/match';
import { Flow } from '../session/flowActor';
import { AdviserLine } from './signposting/AdviserLine';
import { OrganisationCard } from './signposting/OrganisationCard';

/** How many organisations show before "More organisations that fit". */
export const FIRST_SHOWN = 5;

/** The end of the journey: organisations that fit the person's region and needs, and how to reach them. */
export function SignpostingScreen() {
  const { t } = useTranslation(['outcomes', 'organisations', 'common']);
  const context = Flow.useSelector((s) => s.context);
  const { place, needs } = signpostingOf(context);
  const matches = matchOrganisations(ORGANISATIONS, place, needs);
  const namedOnly = toolkitWithoutContact(ORGANISATIONS, place, needs);
  const region = place.region;
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
      {namedOnly.length > 0 && (
        <section className="toolkit-named" aria-labelledby="toolkit-named-title">
          <h2 id="toolkit-named-title">{t('signposting.toolkit.title')}</h2>
          <p>{t('signposting.toolkit.lead')}</p>
          <ul className="list">
            {namedOnly.map(({ org }) => (
              <li key={org.id} data-organisation={org.id}>
                <strong lang="en" dir="ltr">
                  {org.name}
                </strong>
                : {t(`organisations:${org.id}`)}{' '}
                <a href={org.website.url} rel="noopener noreferrer" target="_blank" dir="ltr">
                  {org.website.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}
                </a>
                <span className="visually-hidden"> {t('signposting.opensNewTab')}</span>
              </li>
            ))}
          </ul>
        </section>
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
