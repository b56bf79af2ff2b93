import { useTranslation } from 'react-i18next';
import type { Match } from '../../organisations/match';
import { nationOfRegion } from '../../organisations/match';
import type { Region } from '../../organisations/types';
import { formatDate } from '../../lib/format';
import { formatList, languageName } from '../../lib/formatMore';
import { contactsOf } from '../../organisations/contacts';
import { HoursLine } from './HoursLine';
import { SourceLine } from './SourceLine';

function useWhy(match: Match, region: Region | undefined): string {
  const { t, i18n } = useTranslation('outcomes');
  const list = { format: (items: string[]) => formatList(items, i18n.language) };
  const { org, reach } = match;
  const reasons = [...new Set(match.needs.map((n) => t(`signposting.because.${n}`)))];
  if (reach !== 'uk' && region) {
    const place = reach === 'local' ? region : nationOfRegion(region);
    reasons.push(t('signposting.because.place', { place: t(`signposting.places.${place}`) }));
  } else if (org.regions === 'uk') {
    reasons.push(t('signposting.because.uk'));
  } else {
    const nations = [...new Set(org.regions.map(nationOfRegion))];
    reasons.push(t('signposting.because.nations', { places: list.format(nations.map((n) => t(`signposting.places.${n}`))) }));
  }
  return t('signposting.why', { reasons: list.format(reasons) });
}

/** One organisation: what it does, why it was suggested, how to reach it, and where each detail was read. */
export function OrganisationCard({ match, region, headingLevel = 2 }: { match: Match; region: Region | undefined; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation(['outcomes', 'organisations']);
  const { org } = match;
  const why = useWhy(match, region);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <li className="organisation" data-organisation={org.id}>
      <Heading className="organisation__name" lang="en" dir="ltr">
        {org.name}
      </Heading>
      <p>{t(`organisations:${org.id}`)}</p>
      <p className="organisation__why">{why}</p>
      <dl className="contacts">
        {contactsOf(org).map((c) => (
          <div key={c.key} className="contacts__row">
            <dt>{t(`signposting.${c.kind}`)}</dt>
            <dd>
              {c.kind === 'phone' || c.kind === 'text' ? (
                <a className="tel" href={c.href} dir="ltr">
                  {c.text}
                </a>
              ) : c.kind === 'walkIn' ? (
                <span lang="en" dir="ltr">
                  {c.text}
                </span>
              ) : c.kind === 'email' ? (
                <a href={c.href} dir="ltr">
                  {c.text}
                </a>
              ) : (
                <>
                  <a href={c.href} rel="noopener noreferrer" target="_blank" dir="ltr">
                    {c.text.replace(/^https?:\/\/(www\.)?/, '')}
                  </a>{' '}
                  <span className="visually-hidden">{t('signposting.opensNewTab')}</span>
                </>
              )}
              {c.referral && <> ({t('signposting.referral')})</>}
              {c.hours && (
                <>
                  <br />
                  <HoursLine hours={c.hours} />
                </>
              )}
              {c.free && (
                <>
                  <br />
                  {t('signposting.freeCall')}
                </>
              )}
              <br />
              <SourceLine source={c.source} />
            </dd>
          </div>
        ))}
        <div className="contacts__row">
          <dt>{t('signposting.website')}</dt>
          <dd>
            <a href={org.website.url} rel="noopener noreferrer" target="_blank">
              {t('signposting.visit', { name: org.name })}{' '}
              <span className="visually-hidden">{t('signposting.opensNewTab')}</span>
            </a>
            <br />
            <span className="url" dir="ltr">
              {org.website.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}
            </span>
          </dd>
        </div>
      </dl>
      {org.free && (
        <p>
          {t(org.free.value ? 'signposting.free' : 'signposting.mayCost')} <SourceLine source={org.free.source} />
        </p>
      )}
      {org.languages && (
        <p>
          {org.languages.interpreters && t('signposting.interpreters')}{' '}
          {org.languages.list &&
            t('signposting.languages', {
              list: formatList(
                org.languages.list.map((code) => languageName(code, i18n.language)),
                i18n.language,
              ),
            })}{' '}
          <SourceLine source={org.languages.source} />
        </p>
      )}
      {org.reviewedBy && org.reviewedOn && (
        <p className="meta">{t('signposting.reviewed', { name: org.reviewedBy, date: formatDate(org.reviewedOn, i18n.language) })}</p>
      )}
    </li>
  );
}
