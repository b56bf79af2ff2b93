import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { type RuleGroup } from '../rules';
import { RULES } from '../rules/catalogue';
import { sentence } from '../lib/text';
import { formatDate } from '../lib/format';
import { LawQuote } from './LawQuote';
import { usePersonContext } from '../session/flowActor';

const GROUPS: RuleGroup[] = ['free-service', 'exempt-person', 'not-overseas-visitor', 'chargeable', 'urgency', 'debt', 'nation'];

/** "All exemptions": every rule, from the same data as the outcomes, grouped and searchable. */
export function ExemptionsScreen({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation(['common', 'rules', 'outcomes']);
  // An advocate reads of "your member", as on the outcome page.
  const person = usePersonContext();
  const [query, setQuery] = useState('');
  const needle = query.trim().toLocaleLowerCase();
  const matches = RULES.filter((rule) =>
    [t(`rules:${rule.id}.title`, person), t(`rules:${rule.id}.summary`, person), rule.provision, rule.instrument]
      .join(' ')
      .toLocaleLowerCase()
      .includes(needle),
  );

  return (
    <div>
      <button type="button" className="back-link" onClick={onClose}>
        {t('actions.back')}
      </button>
      <PageHeading>{t('exemptions.title')}</PageHeading>
      <p className="lead">{t('exemptions.lead')}</p>
      <div className="form-group">
        <label className="label" htmlFor="exemption-search">
          {t('exemptions.search')}
        </label>
        <input id="exemption-search" className="input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <p role="status" className="meta">
        {t('exemptions.count', { count: matches.length })}
      </p>
      {GROUPS.map((group) => {
        const rules = matches.filter((r) => r.group === group);
        if (rules.length === 0) return null;
        return (
          <section key={group}>
            <h2>{t(`rules:groups.${group}`, person)}</h2>
            <ul className="rule-list">
              {rules.map((rule) => (
                <li key={rule.id} id={`rule-${rule.id}`} data-rule={rule.id}>
                  <h3>{t(`rules:${rule.id}.title`, person)}</h3>
                  <p>{sentence(t(`rules:${rule.id}.summary`, person))}</p>
                  <p className="rule-note__ref">
                    <a href={rule.sourceUrl} rel="noopener noreferrer" target="_blank">
                      {t('outcomes:result.ruleRef', { provision: rule.provision, instrument: rule.instrument })}
                    </a>
                  </p>
                  <LawQuote rule={rule} />
                  <p className="meta">
                    {t('exemptions.reviewed', { date: formatDate(rule.lastReviewed, i18n.language) })}
                    {!rule.settled && <> {t('exemptions.unsettled')}</>}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
