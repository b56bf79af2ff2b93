/**
 * Hosts whose pages may settle a rule: the law (legislation.gov.uk), Parliament's record of a
 * minister's answer or statement, and official guidance of the UK and devolved governments, the NHS and NHS
 * bodies. Charity and campaign pages may support a rule but never settle it: they are not here.
 */
export const OFFICIAL_HOSTS = [
  'legislation.gov.uk',
  'gov.uk',
  'questions-statements.parliament.uk',
  'hansard.parliament.uk',
  'parliament.scot',
  'nhs.uk',
  'gov.scot',
  'scot.nhs.uk',
  'nhs.scot',
  'nhsinform.scot',
  'gov.wales',
  'nhs.wales',
  'wales.nhs.uk',
  'nidirect.gov.uk',
  'health-ni.gov.uk',
  'hscni.net',
] as const;

/** Whether a page's address is on an official host (the host itself or any of its subdomains). */
export function isOfficialSource(url: string): boolean {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return false;
    host = u.hostname;
  } catch {
    return false;
  }
  return OFFICIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** The instruments the rules cite, with their addresses on legislation.gov.uk and elsewhere. */

export const SI_2015_238 = 'SI 2015/238';
const LEG = 'https://www.legislation.gov.uk';

export const reg = (n: string) => `${LEG}/uksi/2015/238/regulation/${n}`;
export const SCHEDULE_1 = `${LEG}/uksi/2015/238/schedule/1`;
export const SI_2017_756 = `${LEG}/uksi/2017/756/contents`;
export const scotland = (n: string) => `${LEG}/uksi/1989/364/regulation/${n}`;
export const SCOTLAND_SCHEDULE_1 = `${LEG}/uksi/1989/364/schedule/1`;
export const SCOTLAND_NOTE = `${LEG}/uksi/1989/364/note`;
export const wales = (n: string) => `${LEG}/uksi/1989/306/regulation/${n}`;
export const WALES_2009_1512 = `${LEG}/wsi/2009/1512/contents/made`;
export const WALES_2019_1061 = `${LEG}/wsi/2019/1061/made`;
export const WALES_SCHEDULE_1 = `${LEG}/uksi/1989/306/schedule/1`;
export const ni = (n: string) => `${LEG}/nisr/2015/27/regulation/${n}`;
export const NI_SCHEDULE_1 = `${LEG}/nisr/2015/27/schedule/1`;
export const NI_2022_195 = `${LEG}/nisr/2022/195/regulation/2/made`;
export const NI_CONTENTS = `${LEG}/nisr/2015/27/contents`;
/** DHSC's answer to a Commons written question on maternity and termination, 17 January 2019. */
export const WRITTEN_ANSWER_2019 = 'https://questions-statements.parliament.uk/written-questions/detail/2019-01-09/207239';

// REVIEWED lives in ./reviewed: the start page's footer shows it, and needs nothing else from here.
export { REVIEWED } from './reviewed';

/**
 * The rules re-read on 2026-12-05 against the source ladder (issue 18): every rule that was not
 * settled then, and every rule added or changed. The others were last checked on REVIEWED.
 */
export const REREAD = '2026-12-05';
export const REREAD_IDS: ReadonlySet<string> = new Set([
  'debt-1000-2011-2016',
  'debt-500-eea-since-2021',
  'debt-500-since-2016',
  'debt-devolved-reporting',
  'debt-not-counted',
  'debt-plan-missed',
  'debt-plan-reduces-risk',
  'debt-two-months',
  'debt-undocumented-risk',
  'euss-status',
  'irish-citizen',
  'maternity-immediately-necessary',
  'nation-unknown',
  'ni-asylum-refused',
  'ni-charged',
  'ni-crown-forces',
  'ni-ehic',
  'ni-ehic-planned',
  'ni-family',
  'ni-family-permanent',
  'ni-gp-not-exempt',
  'ni-immigration-detention',
  'ni-maternity-chargeable',
  'ni-not-modelled',
  'ni-reciprocal',
  'ni-schedule-1-unread',
  'ni-upfront-non-urgent',
  'ni-war-pension',
  'reg10-assisted-conception',
  'reg10-surcharge-per-person',
  'reg12a-ehic',
  'reg13-14-healthcare-agreement',
  'reg14-bilateral-planned',
  'reg14-planned-needs-s2',
  'reg14-s2',
  'reg15-not-dependant',
  'reg15aa-refugee-dependant',
  'reg15b-fresh-claim',
  'reg15ba-asylum-dependant',
  'reg17-humanitarian',
  'reg19-prisoner-detainee',
  'reg22-war-pension',
  'reg22a-assisted-conception',
  'reg22a-ukraine',
  'reg25-family',
  'reg25-family-modern-slavery',
  'reg25-family-other',
  'reg25-family-war-pension',
  'reg25-newborn',
  'reg25-newborn-not-covered',
  'reg25-not-lawfully-present',
  'reg8-pregnancy-not-covered',
  'reg9-nhs111',
  'reg9-palliative-care',
  'reg9d-covid',
  'reg9f-came-for-treatment',
  'scotland-asylum',
  'scotland-asylum-refused',
  'scotland-asylum-supported',
  'scotland-charged',
  'scotland-family-other',
  'scotland-free-services-unread',
  'scotland-lawful-residence',
  'scotland-not-modelled',
  'scotland-refugee',
  'scotland-schedule-1',
  'scotland-study',
  'scotland-urgent-care',
  'status-decides',
  'termination-chargeable',
  'termination-urgent',
  'wales-ae-admitted',
  'wales-asylum',
  'wales-charged',
  'wales-clinical-priority',
  'wales-family-other',
  'wales-free-services-unread',
  'wales-gp-practice-decides',
  'wales-not-modelled',
  'wales-primary-care-free',
  'wales-reciprocal',
  'wales-s2',
  'wales-surcharge',
  'wales-surcharge-limits',
  'wales-ukraine-newborn',
]);
