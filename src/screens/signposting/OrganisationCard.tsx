import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Match } from '../../organisations/match';
import { nationOfRegion } from '../../organisations/match';
import type { Region } from '../../organisations/types';
import { formatDate } from '../../lib/format';
import { formatList, languageName } from '../../lib/formatMore';
import { contactsOf } from '../../organisations/contacts';
import { MemberLine } from '../MemberLanguage';
import { useTwoVoices } from '../TwoVoices';
import { HoursLine } from './HoursLine';
import { SourceLine } from './SourceLine';

/**
 * "Suggested because you need maternity care and you are in London": in one language and voice
 * (`voice` is the person context: an advocate reads "your member needs…").
 */
function whyLine(t: TFunction, language: string, voice: { context?: string }, match: Match, region: Region | undefined): string {
  const list = { format: (items: string[]) => formatList(items, language) };
  const { org, reach } = match;
  const reasons = [...new Set(match.needs.map((n) => t(`outcomes:signposting.because.${n}`, voice) as string))];
  if (reach !== 'uk' && region) {
    const place = reach === 'local' ? region : nationOfRegion(region);
    reasons.push(t('outcomes:signposting.because.place', { place: t(`outcomes:signposting.places.${place}`), ...voice }));
  } else if (org.regions === 'uk') {
    reasons.push(t('outcomes:signposting.because.uk'));
  } else {
    const nations = [...new Set(org.regions.map(nationOfRegion))];
    reasons.push(t('outcomes:signposting.because.nations', { places: list.format(nations.map((n) => t(`outcomes:signposting.places.${n}`))) }));
  }
  return t('outcomes:signposting.why', { reasons: list.format(reasons) });
}

/** One organisation: what it does, why it was suggested, how to reach it, and where each detail was read. */
export function OrganisationCard({ match, region, headingLevel = 2 }: { match: Match; region: Region | undefined; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation(['outcomes', 'organisations']);
  const { person, member, say, sayToMember } = useTwoVoices(['outcomes', 'organisations']);
  const { org } = match;
  const why = whyLine(t, i18n.language, person, match, region);
  /** A label with the member's words beside it. */
  const both = (key: string, options: Record<string, unknown> = {}) => (
    <>
      {t(key, options)}
      <MemberLine member={member} text={sayToMember(key, options)} inline />
    </>
  );
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const contacts = contactsOf(org);
  /** "It can use an interpreter. Languages: Arabic, Farsi." in one language. */
  const languagesLine = (tt: TFunction, language: string) => {
    const spoken = org.languages;
    if (!spoken) return '';
    return [
      spoken.interpreters ? tt('outcomes:signposting.interpreters') : '',
      spoken.list ? tt('outcomes:signposting.languages', { list: formatList(spoken.list.map((code) => languageName(code, language)), language) }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  };

  return (
    <li className="organisation" data-organisation={org.id}>
      <Heading className="organisation__name" lang="en" dir="ltr">
        {org.name}
      </Heading>
      <p>{say(`organisations:${org.id}`)}</p>
      <MemberLine member={member} text={sayToMember(`organisations:${org.id}`)} />
      <p className="organisation__why">{why}</p>
      <MemberLine member={member} text={member ? whyLine(member.t, member.lang, {}, match, region) : undefined} />
      <dl className="contacts">
        {contacts.map((c) => (
          <div key={c.key} className="contacts__row">
            <dt>{both(`outcomes:signposting.${c.kind}`)}</dt>
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
              {c.referral && <> ({both('outcomes:signposting.referral')})</>}
              {c.hours && (
                <>
                  <br />
                  <HoursLine hours={c.hours} />
                  {member && (
                    <span className="parallel" lang={member.lang} dir={member.dir}>
                      <HoursLine hours={c.hours} fixed={member.t} lng={member.lang} />
                    </span>
                  )}
                </>
              )}
              {c.free && (
                <>
                  <br />
                  {both('outcomes:signposting.freeCall')}
                </>
              )}
              <br />
              <SourceLine source={c.source} />
            </dd>
          </div>
        ))}
        <div className="contacts__row">
          <dt>{both('outcomes:signposting.website')}</dt>
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
      {contacts.length === 0 && (
        <>
          <p className="organisation__website-only">{t('signposting.websiteOnly')}</p>
          <MemberLine member={member} text={sayToMember('outcomes:signposting.websiteOnly')} />
        </>
      )}
      {org.free && (
        <>
          <p>
            {t(org.free.value ? 'signposting.free' : 'signposting.mayCost')} <SourceLine source={org.free.source} />
          </p>
          <MemberLine member={member} text={sayToMember(org.free.value ? 'outcomes:signposting.free' : 'outcomes:signposting.mayCost')} />
        </>
      )}
      {org.languages && (
        <>
          <p>
            {languagesLine(t, i18n.language)} <SourceLine source={org.languages.source} />
          </p>
          <MemberLine member={member} text={member ? languagesLine(member.t, member.lang) : undefined} />
        </>
      )}
      {org.reviewedBy && org.reviewedOn && (
        <p className="meta">{t('signposting.reviewed', { name: org.reviewedBy, date: formatDate(org.reviewedOn, i18n.language) })}</p>
      )}
    </li>
  );
}
