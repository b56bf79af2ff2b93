import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { organisationsFor, pathAnswers } from '../flow/selectors';
import { Flow } from './flowActor';

/** The end of the journey: organisations that fit the person's region and needs. */
export function SignpostingScreen() {
  const { t } = useTranslation(['outcomes', 'organisations', 'common']);
  const context = Flow.useSelector((s) => s.context);
  const organisations = organisationsFor(context);
  const act = pathAnswers(context).act;

  return (
    <div>
      <PageHeading caption={t('common:phases.signpost')}>{t('signposting.title')}</PageHeading>
      <p className="lead">{t('signposting.lead')}</p>
      <ul className="organisations">
        {organisations.map((org) => (
          <li key={org.id} className="organisation" data-organisation={org.id}>
            <h2 className="organisation__name" lang="en" dir="ltr">
              {org.name}
            </h2>
            <p>{t(`organisations:${org.id}`)}</p>
            <p>
              <a href={org.url} rel="noopener noreferrer" target="_blank">
                {t('signposting.visit', { name: org.name })}{' '}
                <span className="visually-hidden">{t('signposting.opensNewTab')}</span>
              </a>
              <br />
              <span className="url" dir="ltr">
                {org.url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}
              </span>
            </p>
            <p className="meta">{t('signposting.lastChecked', { date: org.lastChecked })}</p>
          </li>
        ))}
      </ul>
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
