/** Records that belong to no one nation: which rules apply, and urgent care outside England. */
import { records } from './record';

export const UK_RULES = records('uk', {
  'urgent-care-other-nations': {
    group: 'urgency', instrument: 'SI 1989/364; SI 1989/306; NISR 2015/27', provision: 'no duty to take payment in advance was found in these regulations',
    url: 'https://www.legislation.gov.uk/nisr/2015/27/contents',
  },
  'nation-unknown': {
    group: 'nation', instrument: 'SI 2015/238; SI 1989/364; SI 1989/306; NISR 2015/27', provision: 'each nation has its own regulations',
    url: 'https://www.legislation.gov.uk/uksi/2015/238/contents',
  },
});
