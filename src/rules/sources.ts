/** The instruments the rules cite, with their addresses on legislation.gov.uk and elsewhere. */

export const SI_2015_238 = 'SI 2015/238';
const LEG = 'https://www.legislation.gov.uk';

export const reg = (n: string) => `${LEG}/uksi/2015/238/regulation/${n}`;
export const SCHEDULE_1 = `${LEG}/uksi/2015/238/schedule/1`;
export const SI_2017_756 = `${LEG}/uksi/2017/756/contents`;
export const IMMIGRATION_ACT_2014_S39 = `${LEG}/ukpga/2014/22/section/39`;
export const SCOTLAND_1989_364 = `${LEG}/uksi/1989/364/contents`;
export const WALES_1989_306 = `${LEG}/uksi/1989/306/contents`;
export const WALES_2009_1512 = `${LEG}/wsi/2009/1512/contents/made`;
export const WALES_2019_1061 = `${LEG}/wsi/2019/1061/made`;
export const NI_2015_27 = `${LEG}/nisr/2015/27/contents`;
export const GUIDANCE =
  'https://www.gov.uk/government/publications/overseas-nhs-visitors-implementing-the-charging-regulations';
export const PRIMARY_CARE_GUIDANCE =
  'https://www.england.nhs.uk/long-read/patient-registration-standard-operating-principles-for-primary-medical-care-general-practice/';
export const IMMIGRATION_RULES_SUITABILITY =
  'https://www.gov.uk/guidance/immigration-rules/immigration-rules-part-suitability';

/** The date every rule below was last checked against its source. */
export const REVIEWED = '2026-11-23';
