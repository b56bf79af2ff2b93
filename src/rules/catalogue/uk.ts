/** Records that belong to no one nation: Irish citizens, and which nation's rules apply. */
import { records } from './record';

export const UK_RULES = records('uk', {
  // Irish citizens: the Common Travel Area, in every nation. s39 of the Immigration Act 2014 could
  // not be read; DHSC's policy paper on the Common Travel Area says it plainly.
  'irish-citizen': {
    group: 'not-overseas-visitor', instrument: 'Immigration Act 1971', provision: 's3ZA(1) and the Common Travel Area healthcare arrangements',
    url: 'https://www.gov.uk/government/publications/memorandum-of-understanding-common-travel-area-healthcare-arrangements-between-the-uknorthern-ireland-and-ireland',
    guidance: { publisher: 'DHSC', title: 'Memorandum of understanding: Common Travel Area healthcare arrangements (GOV.UK)', date: '2022-02-23' },
    quote: 'Under the CTA, British and Irish citizens enjoy additional rights in each country. This includes the right to access public health services on the same basis as local citizens when resident in each country.',
  },
  /** Not a regulation of its own: the outcome when an answer was "not sure", so the answers do not show which rule applies. */
  'status-decides': {
    group: 'chargeable', instrument: 'SI 2015/238; SI 1989/364; SI 1989/306; NISR 2015/27', provision: 'who is an overseas visitor, and who is exempt, in each nation',
    url: 'https://www.legislation.gov.uk/uksi/2015/238/regulation/2',
  },
  /** A&E is free in every nation, so it is free wherever the person is (each nation's own rule, settled on its own words). */
  'ae-free-in-every-nation': {
    group: 'free-service', instrument: 'SI 2015/238; SI 1989/364; SI 1989/306; NISR 2015/27', provision: 'England reg 9(a); Scotland and Wales reg 3(a); Northern Ireland reg 4(1)(a)',
    url: 'https://www.legislation.gov.uk/nisr/2015/27/regulation/4', quotedFrom: 'Northern Ireland reg 4(1)(a), as made; the other nations\' rules say the same',
    quote: '(a) accident and emergency services, whether provided at a hospital accident and emergency department, a minor injuries unit, or elsewhere, but not including any services provided— (i) after the visitor has been accepted as an in-patient; or (ii) at an outpatient appointment;',
  },
  'nation-unknown': {
    group: 'nation', instrument: 'SI 2015/238; SI 1989/364; SI 1989/306; NISR 2015/27', provision: 'each nation has its own regulations',
    url: 'https://www.legislation.gov.uk/uksi/2015/238/contents',
  },
});
