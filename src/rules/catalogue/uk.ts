/** Records that belong to no one nation: which rules apply, and urgent care outside England. */
import { IMMIGRATION_ACT_1971_S3ZA } from '../sources';
import { records } from './record';

export const UK_RULES = records('uk', {
  // Irish citizens: UK-wide Acts decide whether they can be ordinarily resident, in every nation.
  'irish-citizen': {
    group: 'not-overseas-visitor', instrument: 'Immigration Act 1971', provision: 's3ZA(1), with the Immigration Act 2014 s39', url: IMMIGRATION_ACT_1971_S3ZA,
    quote: '3ZA Irish citizens (1) An Irish citizen does not require leave to enter or remain in the United Kingdom, unless subsection (2), (3) or (4) applies to that citizen.', settled: false,
  },
  'urgent-care-other-nations': {
    group: 'urgency', instrument: 'SI 1989/364; SI 1989/306; NISR 2015/27', provision: 'no duty to take payment in advance was found in these regulations',
    url: 'https://www.legislation.gov.uk/nisr/2015/27/contents',
  },
  'nation-unknown': {
    group: 'nation', instrument: 'SI 2015/238; SI 1989/364; SI 1989/306; NISR 2015/27', provision: 'each nation has its own regulations',
    url: 'https://www.legislation.gov.uk/uksi/2015/238/contents',
  },
});
