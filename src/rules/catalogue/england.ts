/**
 * England: the NHS (Charges to Overseas Visitors) Regulations 2015 (SI 2015/238), as amended.
 * Each record cites its provision and quotes the words it rests on, as read on legislation.gov.uk
 * (or in the official statement cited). A record without a quote is not settled: the app routes it
 * to advice and says what is missing. Plain-language texts: locales/<lang>/rules.json, same id.
 */
import { GUIDANCE, SCHEDULE_1, SI_2015_238, WRITTEN_ANSWER_2019, reg } from '../sources';
import { records, type RuleInput } from './record';

const SI = SI_2015_238;
const ANSWER = 'DHSC, Commons written answer 207239';
const Q = {
  overseasVisitor: '“overseas visitor” means a person not ordinarily resident in the United Kingdom',
  reg9a: '(a) accident and emergency services, but not including any services provided— (i) after the overseas visitor has been accepted as an in-patient at a hospital; or (ii) at an outpatient appointment;',
  reg9d: '(d) services provided for the diagnosis and treatment of a condition listed in Schedule 1;',
  reg8: '(2) The reference to treatment in regulation 9(f) includes— (a) any subsequent or on-going treatment … that is directly attributable to the torture, female genital mutilation, domestic violence or sexual violence; and (b) in the case of female genital mutilation, any antenatal, perinatal and postpartum treatment …',
  reg8b: '(b) in the case of female genital mutilation, any antenatal, perinatal and postpartum treatment provided to an overseas visitor the need for which is directly attributable to the mutilation.',
  reg3: '(1A) … before providing a relevant service in respect of an overseas visitor, a relevant body must secure payment for the estimated amount of charges … unless doing so would prevent or delay the provision of— (a) an immediately necessary service; or (b) an urgent service.',
  reg10: '(2) [Subject to paragraph (2A),] no charge may be made or recovered … in respect of any relevant services provided during the relevant period to an overseas visitor in respect of whom— (a) an immigration health charge has been paid; (b) an exemption from paying such an immigration health charge applies …',
  reg15d: '(d) has made an application to be granted temporary protection, asylum or humanitarian protection … which was rejected and who is supported under— (i) section 4(2) … of the 1999 Act; … or (iii) Part 1 (care and support) of the Care Act 2014 [or section 35 or 36 of the Social Services and Well-being (Wales) Act …]',
  reg24: '(1) No charge may be made … any relevant services, consisting of treatment the need for which arose during the visit, provided to … (a) a national of a state which is a contracting party to … the European Social Charter … and is— (i) lawfully present …; and (ii) without sufficient resources to pay the charge',
  termination: 'termination of pregnancy services are to be regarded as urgent, and therefore not subject to the upfront charging requirement, where the overseas visitor cannot reasonably be expected to leave the UK before the date which an abortion may no longer be a viable option.',
};

const table: Record<string, RuleInput> = {
  // Not an overseas visitor at all
  'ordinary-residence': { group: 'not-overseas-visitor', instrument: SI, provision: 'reg 2 ("overseas visitor")', url: reg('2'), quote: Q.overseasVisitor },
  'euss-status': { group: 'not-overseas-visitor', instrument: SI, provision: 'reg 2, with the Immigration Act 2014 s39 and DHSC guidance on the EU Settlement Scheme', url: GUIDANCE },
  'not-resident': { group: 'chargeable', instrument: SI, provision: 'reg 2 ("overseas visitor")', url: reg('2'), quote: Q.overseasVisitor },

  // Services free to everyone (reg 9), and the care that stays chargeable
  'primary-care-free': {
    group: 'free-service', instrument: SI, provision: 'reg 2 ("relevant services" excludes primary medical services)', url: reg('2'), quotedFrom: 'reg 2, as made',
    quote: '“relevant services” means accommodation, services or facilities which are provided, or whose provision is arranged, under the 2006 Act other than— (a) primary medical services provided under Part 4 (medical services); …',
  },
  'reg9a-accident-emergency': { group: 'free-service', instrument: SI, provision: 'reg 9(a)', url: reg('9'), quote: Q.reg9a },
  'ae-after-admission': { group: 'chargeable', instrument: SI, provision: 'reg 9(a) (not once admitted, nor at an outpatient appointment)', url: reg('9'), quote: Q.reg9a },
  'reg9-nhs111': { group: 'free-service', instrument: SI, provision: 'DHSC guidance (the words in the regulations were not found)', url: GUIDANCE },
  'reg9c-family-planning': { group: 'free-service', instrument: SI, provision: 'reg 9(c)', url: reg('9'), quote: '(c) family planning services;' },
  'reg9d-infectious-disease': { group: 'free-service', instrument: SI, provision: 'reg 9(d) and Schedule 1', url: SCHEDULE_1, quote: Q.reg9d },
  'reg9d-mpox': {
    group: 'free-service', instrument: SI, provision: 'reg 9(d) and Schedule 1, as amended by SI 2022/614', url: SCHEDULE_1, quotedFrom: 'SI 2022/614',
    quote: 'In Schedule 1, in the appropriate alphabetical position, insert “Monkeypox”.',
  },
  'reg9d-covid': { group: 'free-service', instrument: SI, provision: 'reg 9(d) and Schedule 1 (the COVID-19 entry)', url: SCHEDULE_1 },
  'reg9d-not-listed': { group: 'chargeable', instrument: SI, provision: 'reg 9(d) (only conditions listed in Schedule 1)', url: reg('9'), quote: Q.reg9d },
  'reg9e-sti': { group: 'free-service', instrument: SI, provision: 'reg 9(e)', url: reg('9'), quote: '(e) services provided for the diagnosis and treatment of sexually transmitted infections;' },
  'reg9f-violence': { group: 'free-service', instrument: SI, provision: 'reg 9(f), with reg 8(2)', url: reg('8'), quotedFrom: 'reg 8(2), as made', quote: Q.reg8 },
  'reg8-fgm-maternity': { group: 'free-service', instrument: SI, provision: 'reg 9(f), with reg 8(2)(b)', url: reg('8'), quotedFrom: 'reg 8(2)(b), as made', quote: Q.reg8b },
  'reg8-pregnancy-not-covered': { group: 'chargeable', instrument: SI, provision: 'reg 8(2) (pregnancy care is named only for female genital mutilation)', url: reg('8'), quotedFrom: 'reg 8(2), as made', quote: Q.reg8, settled: false },
  'reg9f-came-for-treatment': { group: 'chargeable', instrument: SI, provision: 'reg 9(f) (not where the person came to the UK for that treatment)', url: reg('9') },
  'reg9-palliative-care': { group: 'free-service', instrument: SI, provision: 'reg 9 (palliative care from a registered palliative care charity or community interest company)', url: reg('9') },
  'termination-chargeable': { group: 'chargeable', instrument: ANSWER, provision: 'answer of 17 January 2019 (termination is charged, but treated as urgent)', url: WRITTEN_ANSWER_2019, quote: Q.termination },
  'reg10-assisted-conception': {
    group: 'chargeable', instrument: SI, provision: 'reg 10(2A) with reg 9A ("chargeable assisted conception services")', url: reg('10'), quotedFrom: 'reg 9A', settled: false,
    quote: '“chargeable assisted conception services” means any medical, surgical or obstetric services provided for the purpose of assisting a person to carry a child, other than— …',
  },
  'hospital-chargeable': {
    group: 'chargeable', instrument: SI, provision: 'reg 3(1)', url: reg('3'),
    quote: '(1) Where the condition specified in paragraph (2) is met, a relevant body must make and recover charges for any relevant services it provides to an overseas visitor from the person liable under regulation 4 …',
  },
  'community-chargeable': {
    group: 'chargeable', instrument: SI, provision: 'reg 9(b), omitted by SI 2017/756', url: reg('9'), quotedFrom: 'reg 9(b) as made, now omitted',
    quote: '(b) services provided otherwise than at, or by staff employed to work at, or under the direction of, a hospital;',
  },

  // Part 4: people exempt from charges
  'reg10-surcharge': { group: 'exempt-person', instrument: SI, provision: 'reg 10', url: reg('10'), quote: Q.reg10 },
  'reg11-before-surcharge': {
    group: 'exempt-person', instrument: SI, provision: 'reg 11', url: reg('11'), quotedFrom: 'reg 11(3), as made',
    quote: '(3) No charge may be made or recovered … in respect of any relevant services provided to an overseas visitor during the relevant period who— (a) made an application for entry clearance or leave to remain in the United Kingdom before the relevant date and was granted leave …',
  },
  'reg13-s1': {
    group: 'exempt-person', instrument: SI, provision: 'reg 13', url: reg('13'), quotedFrom: 'reg 13 as substituted by SI 2020/1423',
    quote: '13. No charge may be made or recovered … to an overseas visitor who— (a) was ordinarily resident in an EEA state or Switzerland immediately before IP completion day, (b) continues to be …, (c) receives a state pension paid by the United Kingdom Government, and (d) holds an S1 healthcare certificate …',
  },
  'reg13-14-healthcare-agreement': { group: 'exempt-person', instrument: SI, provision: 'regs 12A and 14 (healthcare agreements)', url: reg('14') },
  'reg14-planned-needs-s2': { group: 'chargeable', instrument: SI, provision: 'reg 14 (planned treatment needs an S2)', url: reg('14') },
  'reg14-s2': { group: 'exempt-person', instrument: SI, provision: 'regs 10 and 14 (S2 for planned treatment)', url: reg('14') },
  'reg15a-refugee': {
    group: 'exempt-person', instrument: SI, provision: 'reg 15(a) and (aa)', url: reg('15'),
    quote: '(a) has been granted temporary protection, asylum or humanitarian protection under the immigration rules; (aa) is a dependant of a person described in paragraph (a) …',
  },
  'reg15b-asylum-pending': {
    group: 'exempt-person', instrument: SI, provision: 'reg 15(b) and (ba)', url: reg('15'),
    quote: '(b) has made an application, which has not yet been determined, to be granted temporary protection, asylum or humanitarian protection under the immigration rules; (ba) is treated as a dependant of a person described in paragraph (b) …',
  },
  'reg15b-fresh-claim': { group: 'exempt-person', instrument: SI, provision: 'reg 15(b): further submissions recorded as a fresh claim', url: reg('15') },
  'reg15c-section-95': {
    group: 'exempt-person', instrument: SI, provision: 'reg 15(c)', url: reg('15'),
    quote: '(c) is currently supported under section 95 (persons for whom support may be provided) of the Immigration and Asylum Act 1999',
  },
  'reg15d-refused-supported': { group: 'exempt-person', instrument: SI, provision: 'reg 15(d) and (da)', url: reg('15'), quote: Q.reg15d },
  'reg15-section-17-not-listed': { group: 'chargeable', instrument: SI, provision: 'reg 15(d) (section 17 of the Children Act 1989 is not listed)', url: reg('15'), quote: Q.reg15d },
  'reg15e-looked-after-child': {
    group: 'exempt-person', instrument: SI, provision: 'reg 15(e)', url: reg('15'),
    quote: '(e) is a child who is looked after by a local authority within the meaning of section 22(1) … of the Children Act 1989 or, as the case may be, section 74(1) of the Social Services and Well-being (Wales) Act 2014',
  },
  'reg16-modern-slavery': {
    group: 'exempt-person', instrument: SI, provision: 'reg 16', url: reg('16'), quotedFrom: 'reg 25(1A)',
    quote: '(1A) No charge may be made or recovered … to an overseas visitor who is a member of the family of another overseas visitor … if the principal overseas visitor is exempt from charges under regulation 16 (victims of modern slavery).',
  },
  'reg17-humanitarian': { group: 'exempt-person', instrument: SI, provision: 'reg 17', url: reg('17') },
  'reg18-detained-or-court-order': {
    group: 'exempt-person', instrument: SI, provision: 'reg 18', url: reg('18'), quotedFrom: 'reg 18, as made',
    quote: '18. No charge may be made or recovered in respect of relevant services provided to an overseas visitor— (a) who is liable to be detained in a hospital, received into guardianship or subject to a community treatment order under the Mental Health Act 1983; (b) who is detained … [under] the Mental Capacity Act 2005 …',
  },
  'reg19-prisoner-detainee': { group: 'exempt-person', instrument: SI, provision: 'reg 19', url: reg('19') },
  'reg20-22-crown-forces': {
    group: 'exempt-person', instrument: SI, provision: 'reg 20', url: reg('20'), quotedFrom: 'reg 20(1), as made',
    quote: '20.—(1) No charge may be made or recovered … to an overseas visitor who is— (a) a member of the regular or reserve forces within the meaning of the Armed Forces Act 2006; (b) a qualifying employee who is visiting the United Kingdom in the course of the qualifying employment …',
  },
  'reg22-war-pension': { group: 'exempt-person', instrument: SI, provision: 'reg 22', url: reg('22') },
  'reg22a-ukraine': { group: 'exempt-person', instrument: SI, provision: 'reg 22A', url: reg('22A') },
  'reg24-social-charter': { group: 'exempt-person', instrument: SI, provision: 'reg 24(1)(a)', url: reg('24'), quote: Q.reg24 },
  'reg24-planned-not-covered': { group: 'chargeable', instrument: SI, provision: 'reg 24(1) (only treatment the need for which arose during the visit)', url: reg('24'), quote: Q.reg24 },
  'reg25-family': {
    group: 'exempt-person', instrument: SI, provision: 'reg 25', url: reg('25'), settled: false,
    quote: '(2) No charge may be made … to an overseas visitor who is a member of the family of another overseas visitor … and is lawfully present if the principal overseas visitor is exempt from charges under any of the following regulations— (za) regulation 13 … (b) regulation 20 …; (c) regulation 21 …; (d) … regulation 22A(1)',
  },
  'visit-not-exempt': { group: 'chargeable', instrument: SI, provision: 'reg 10 (only the immigration health charge exempts people with temporary leave)', url: reg('10'), quote: Q.reg10 },
  'refused-unsupported': { group: 'chargeable', instrument: SI, provision: 'reg 15(d) (only refused asylum seekers with section 4 or Care Act support are exempt)', url: reg('15'), quote: Q.reg15d },
  'refund-when-exempt': {
    group: 'exempt-person', instrument: SI, provision: 'reg 5(3) (and reg 6 for a few people recognised later)', url: reg('5'), quotedFrom: 'reg 5(3)',
    quote: '(3) … the relevant body is satisfied that any sum was paid to it by the claimant in respect of— (a) a charge that should not have been made and recovered under these Regulations; … the relevant body must repay that sum to the claimant.',
  },

  // Urgency and upfront payment
  'urgent-care-not-withheld': { group: 'urgency', instrument: SI, provision: 'reg 3(1A)', url: reg('3'), quote: Q.reg3 },
  'maternity-immediately-necessary': {
    group: 'urgency', instrument: ANSWER, provision: 'answer of 17 January 2019', url: WRITTEN_ANSWER_2019,
    quote: 'maternity treatment must always be regarded as immediately necessary, and therefore not subject to the upfront charging requirement',
  },
  'termination-urgent': { group: 'urgency', instrument: ANSWER, provision: 'answer of 17 January 2019', url: WRITTEN_ANSWER_2019, quote: Q.termination },
  'upfront-non-urgent': { group: 'urgency', instrument: SI, provision: 'reg 3(1A), inserted by SI 2017/756', url: reg('3'), quote: Q.reg3 },
  'charge-150': {
    group: 'chargeable', instrument: SI, provision: 'reg 7(3)', url: reg('7'),
    quote: '(3) Unless paragraph (3A) applies, the charge payable in respect of each relevant service provided to an overseas visitor shall be equal to the amount payable for that relevant service multiplied by 150 per cent.',
  },

  /** Not a regulation of its own: the outcome when the answers do not show which rule applies. */
  'status-decides': { group: 'chargeable', instrument: SI, provision: 'reg 2 and Part 4 (regs 10 to 25)', url: reg('2') },
};

export const ENGLAND_RULES = records('england', table);
