import type { TFunction } from 'i18next';
import type { Match } from '../../organisations/match';
import { contactsOf } from '../../organisations/contacts';
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
        {contactsOf(org).map((c) => (
          <li key={c.key}>
            {t(`outcomes:signposting.${c.kind}`)}:{' '}
            {c.kind === 'phone' || c.kind === 'text' ? (
              <a href={c.href} dir="ltr">
                {c.text}
              </a>
            ) : (
              <span lang={c.kind === 'walkIn' ? 'en' : undefined} dir="ltr">
                {c.text}
              </span>
            )}
            {c.hours && (
              <>
                {' '}
                (<HoursLine hours={c.hours} fixed={t} lng={lng} />)
              </>
            )}{' '}
            <SourceLine source={c.source} fixed={t} lng={lng} />
          </li>
        ))}
        <li>
          {t('outcomes:signposting.website')}: <span dir="ltr">{org.website.url}</span>
        </li>
      </ul>
    </li>
  );
}
