/** The instruments the rules cite, with their addresses on legislation.gov.uk and elsewhere. */

export const SI_2015_238 = 'SI 2015/238';
const LEG = 'https://www.legislation.gov.uk';

export const reg = (n: string) => `${LEG}/uksi/2015/238/regulation/${n}`;
export const SCHEDULE_1 = `${LEG}/uksi/2015/238/schedule/1`;
export const SI_2017_756 = `${LEG}/uksi/2017/756/contents`;
export const IMMIGRATION_ACT_1971_S3ZA = `${LEG}/ukpga/1971/77/section/3ZA`;
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
/** DHSC's current guidance for providers (updated 24 December 2024). */
export const GUIDANCE =
  'https://www.gov.uk/government/publications/overseas-nhs-visitors-implementing-the-charging-regulations/guidance-on-overseas-visitors-hospital-charging-regulations';
/** DHSC's answer to a Commons written question on maternity and termination, 17 January 2019. */
export const WRITTEN_ANSWER_2019 = 'https://questions-statements.parliament.uk/written-questions/detail/2019-01-09/207239';
export const IMMIGRATION_RULES_SUITABILITY =
  'https://www.gov.uk/guidance/immigration-rules/immigration-rules-part-suitability';

/**
 * The date the developers last checked every rule below against the stored text of its source. It
 * is not a lawyer's review: none has happened yet, and the screens say so.
 */
export const REVIEWED = '2026-11-23';
