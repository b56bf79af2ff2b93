import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../i18n/languages';
import { intlLocale } from '../lib/format';
import { formatPence } from '../lib/money';
import { computeSheet, readField, SHEET_GROUPS, type Sheet, type SheetGroup } from './income';

/**
 * The income and expenditure sheet as a statement to print or hand over: every amount given, the
 * totals and what is left each month, in the language asked for.
 */
export function SheetStatement({ sheet, lng }: { sheet: Sheet; lng?: LanguageCode }) {
  const { t, i18n } = useTranslation('advocate', lng ? { lng } : undefined);
  const locale = intlLocale(lng ?? i18n.language);
  const money = (pence: number) => formatPence(pence, locale);
  const outcome = computeSheet(sheet);
  const given = (Object.keys(SHEET_GROUPS) as SheetGroup[]).map((group) => ({
    group,
    rows: SHEET_GROUPS[group].flatMap((field) => {
      const read = readField(sheet[field]);
      return read.ok && read.pence !== null ? [{ field, pence: read.pence }] : [];
    }),
  }));
  if (given.every((g) => g.rows.length === 0)) return <p className="sheet-statement">{t('sheet.none')}</p>;
  return (
    <div className="sheet-statement">
      {given.map(({ group, rows }) => (
        <dl key={group} className="summary-list">
          <div className="summary-list__row">
            <dt className="summary-list__key">{t(`sheet.groups.${group}`)}</dt>
            <dd className="summary-list__value">{outcome.ok ? money(outcome.result.totals[group]) : ''}</dd>
          </div>
          {rows.map(({ field, pence }) => (
            <div key={field} className="summary-list__row sheet-statement__item">
              <dt>{t(`sheet.fields.${field}`)}</dt>
              <dd className="summary-list__value">{money(pence)}</dd>
            </div>
          ))}
        </dl>
      ))}
      {outcome.ok ? (
        <p>
          <strong>{outcome.result.surplus >= 0 ? t('sheet.surplus', { surplus: money(outcome.result.surplus) }) : t('sheet.short', { deficit: money(-outcome.result.surplus) })}</strong>
        </p>
      ) : (
        <p>{t('sheet.unread')}</p>
      )}
    </div>
  );
}
