import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/formatMore';
import { hoursText } from '../../organisations/hours';
import type { Hours } from '../../organisations/types';

/** "Monday to Friday, 09:00 to 17:00", with day names and times in the reader's language. */
export function HoursLine({ hours, fixed, lng }: { hours: readonly Hours[]; fixed?: TFunction; lng?: string }) {
  const own = useTranslation('outcomes');
  const t = fixed ?? own.t;
  const language = lng ?? own.i18n.language;
  const lines = hours.map((h) => {
    const text = hoursText(h, language);
    const days = text.days.everyDay
      ? t('outcomes:signposting.hours.everyDay')
      : formatList(text.days.runs.map((r) => (r.length === 1 ? r[0] : t('outcomes:signposting.hours.range', { from: r[0], to: r[1] }))), language);
    const times = text.times ? t('outcomes:signposting.hours.range', { from: text.times[0], to: text.times[1] }) : t('outcomes:signposting.hours.allDay');
    return t('outcomes:signposting.hours.line', { days, times });
  });
  return <>{formatList(lines, language)}</>;
}
