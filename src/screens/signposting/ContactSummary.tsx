import type { TFunction } from 'i18next';
import type { Match } from '../../organisations/match';
import { HoursLine } from './HoursLine';
import { SourceLine } from './SourceLine';

/** An organisation in the printed case summary: what it does and every way to reach it, with sources. */
export function ContactSummary({ match, fixed, lng }: { match: Match; fixed: TFunction; lng: string }) {
  const t = fixed;
  const { org } = match;
  return (
    <li className="summary__org" data-organisation={org.id}>
      <strong lang="en" dir="ltr">
        {org.name}
      </strong>
      <span className="summary__org-description"> {t(`organisations:${org.id}`)}</span>
      <ul className="summary__contacts">
        {org.phones?.map((p) => (
          <li key={p.tel + p.purpose}>
            {t(p.purpose === 'text' ? 'outcomes:signposting.text' : 'outcomes:signposting.phone')}:{' '}
            <a href={`${p.purpose === 'text' ? 'sms' : 'tel'}:${p.tel}`} dir="ltr">
              {p.display}
            </a>
            {p.hours && (
              <>
                {' '}
                (<HoursLine hours={p.hours} fixed={t} lng={lng} />)
              </>
            )}{' '}
            <SourceLine source={p.source} fixed={t} />
          </li>
        ))}
        {org.emails?.map((e) => (
          <li key={e.address}>
            {t('outcomes:signposting.email')}: <span dir="ltr">{e.address}</span> <SourceLine source={e.source} fixed={t} />
          </li>
        ))}
        {org.web?.map((w) => (
          <li key={w.url}>
            {t(w.kind === 'chat' ? 'outcomes:signposting.chat' : 'outcomes:signposting.form')}: <span dir="ltr">{w.url}</span>{' '}
            <SourceLine source={w.source} fixed={t} />
          </li>
        ))}
        {org.walkIns?.map((w) => (
          <li key={w.address}>
            {t('outcomes:signposting.walkIn')}: <span lang="en" dir="ltr">{w.address}</span> <SourceLine source={w.source} fixed={t} />
          </li>
        ))}
        <li>
          {t('outcomes:signposting.website')}: <span dir="ltr">{org.website.url}</span>
        </li>
      </ul>
    </li>
  );
}
