/** Every way to reach an organisation, in one list the screens and the printed summary both draw. */
import type { Hours, Organisation, Source } from './types';

export interface Contact {
  key: string;
  /** What it is: also the text key `outcomes:signposting.<kind>`. */
  kind: 'phone' | 'text' | 'email' | 'form' | 'chat' | 'walkIn';
  /** tel:, sms:, mailto: or a web address; none for a walk-in address. */
  href?: string;
  /** As shown: the number as people read it, the address, or the web address. */
  text: string;
  hours?: readonly Hours[];
  /** The source says the call is free. */
  free?: boolean;
  /** A number for referrals, not for advice. */
  referral?: boolean;
  source: Source;
}

export function contactsOf(org: Organisation): Contact[] {
  return [
    ...(org.phones ?? []).map((p): Contact => {
      const text = p.purpose === 'text';
      return {
        key: p.tel + p.purpose,
        kind: text ? 'text' : 'phone',
        href: `${text ? 'sms' : 'tel'}:${p.tel}`,
        text: p.display,
        hours: p.hours,
        free: p.free,
        referral: p.purpose === 'referral',
        source: p.source,
      };
    }),
    ...(org.emails ?? []).map((e): Contact => ({ key: e.address, kind: 'email', href: `mailto:${e.address}`, text: e.address, source: e.source })),
    ...(org.web ?? []).map((w): Contact => ({ key: w.url, kind: w.kind, href: w.url, text: w.url, source: w.source })),
    ...(org.walkIns ?? []).map((w): Contact => ({ key: w.address, kind: 'walkIn', text: w.address, hours: w.when, source: w.source })),
  ];
}
