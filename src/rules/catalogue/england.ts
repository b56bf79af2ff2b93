/**
 * England: the NHS (Charges to Overseas Visitors) Regulations 2015 (SI 2015/238), as amended.
 * Each record cites its provision and quotes the words it rests on, as read on legislation.gov.uk
 * (or in the official statement cited). A record without a quote is not settled: the app routes it
 * to advice and says what is missing. Plain-language texts: locales/<lang>/rules.json, same id.
 */
import { SCHEDULE_1, SI_2015_238, WRITTEN_ANSWER_2019, reg } from '../sources';
import { records, type RuleInput } from './record';

const SI = SI_2015_238;
const ANSWER = 'DHSC, Commons written answer 207239';
const NHS_UK = 'https://www.nhs.uk/nhs-services/visiting-or-moving-to-england';
const UKRAINE_STATEMENT = 'https://hansard.parliament.uk/Commons/2022-10-24/debates/c2d1c6ca-7315-4933-9e80-ca8fca740e02/WrittenStatements';
/** Official pages a rule is settled on where the regulation's own words could not be read. */
const G = {
  nhsAccess: { publisher: 'NHS', title: 'How to access NHS services in England (nhs.uk)', date: 'undated' },
  nhsVisitors: { publisher: 'NHS', title: 'Visitors who do not need to pay for NHS treatment (nhs.uk)', date: 'undated' },
  nhsEhic: { publisher: 'NHS', title: 'Visitors from EU countries, Norway, Iceland, Liechtenstein or Switzerland (nhs.uk)', date: 'undated' },
  nhsEea: { publisher: 'NHS', title: 'Visitors from the European Economic Area or Switzerland (nhs.uk, older page)', date: 'undated' },
  morecambeBay: { publisher: 'NHS', title: 'Overseas visitors, University Hospitals of Morecambe Bay NHS Foundation Trust', date: 'undated' },
  surchargePage: { publisher: 'UK Government', title: 'Pay for UK healthcare as part of your immigration application (GOV.UK)', date: 'undated' },
  ukraineStatement: { publisher: 'DHSC', title: 'Written statement: NHS Charging Regulations Exemption for Ukrainians (House of Commons)', date: '2022-10-24' },
  eussGuidance: { publisher: 'DHSC', title: 'Information for primary care staff providing healthcare for overseas visitors from the EEA (GOV.UK)', date: '2021-11-01' },
} as const;
/** A minister's written answer for DHSC: official words of the department, not the law's. */
const WRITTEN_ANSWER = { publisher: 'DHSC', title: 'Answer to written question 207239 (House of Commons)', date: '2019-01-17' };
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
  reg25:
    '(2) No charge may be made … to an overseas visitor who is a member of the family of another overseas visitor … and is lawfully present if the principal overseas visitor is exempt from charges under any of the following regulations— (za) regulation 13 … (b) regulation 20 …; (c) regulation 21 …; (d) … regulation 22A(1)',
  reg25newborn:
    '(3) No charge may be made or recovered … to an overseas visitor who is a child who— (a) is born in the United Kingdom to a parent who is exempt from charges by virtue of— (i) regulation 10 (immigration health charge); … (b) is aged 3 months or less; and (c) has not left the United Kingdom since birth.',
  termination: 'termination of pregnancy services are to be regarded as urgent, and therefore not subject to the upfront charging requirement, where the overseas visitor cannot reasonably be expected to leave the UK before the date which an abortion may no longer be a viable option.',
};

const table: Record<string, RuleInput> = {
  // Not an overseas visitor at all
  'ordinary-residence': { group: 'not-overseas-visitor', instrument: SI, provision: 'reg 2 ("overseas visitor")', url: reg('2'), quote: Q.overseasVisitor },
  'euss-status': {
    group: 'not-overseas-visitor', instrument: SI, provision: 'reg 2 (ordinary residence), for EU Settlement Scheme status', guidance: G.eussGuidance,
    url: 'https://www.gov.uk/government/publications/providing-healthcare-for-overseas-visitors-from-the-eea-information-for-primary-care-staff/information-for-primary-care-staff-providing-healthcare-for-overseas-visitors-from-the-european-economic-area',
    quote: 'Citizens of an EU country, Iceland, Norway, Liechtenstein and Switzerland … who were lawfully residing in the UK by 31 December 2020 will keep their right to healthcare, as long as they meet the ordinary residence test. … From 1 July 2021, they must have been granted settled or pre-settled status …',
  },
  'not-resident': { group: 'chargeable', instrument: SI, provision: 'reg 2 ("overseas visitor")', url: reg('2'), quote: Q.overseasVisitor },

  // Services free to everyone (reg 9), and the care that stays chargeable
  'primary-care-free': {
    group: 'free-service', instrument: SI, provision: 'reg 2 ("relevant services" excludes primary medical services)', url: reg('2'), quotedFrom: 'reg 2, as made',
    quote: '“relevant services” means accommodation, services or facilities which are provided, or whose provision is arranged, under the 2006 Act other than— (a) primary medical services provided under Part 4 (medical services); …',
  },
  'reg9a-accident-emergency': { group: 'free-service', instrument: SI, provision: 'reg 9(a)', url: reg('9'), quote: Q.reg9a },
  'ae-after-admission': { group: 'chargeable', instrument: SI, provision: 'reg 9(a) (not once admitted, nor at an outpatient appointment)', url: reg('9'), quote: Q.reg9a },
  'reg9-nhs111': {
    group: 'free-service', instrument: SI, provision: 'reg 9 (NHS 111 telephone service)', guidance: G.nhsAccess,
    url: 'https://www.nhs.uk/using-the-nhs/nhs-services/visiting-or-moving-to-england/how-to-access-nhs-services-in-england/',
    quote: 'Primary care is free for all and the first point of contact for most people. It is delivered by a wide range of independent contractors, such as general practitioners (GPs), dentists, pharmacists and optometrists, through NHS walk-in centres and the NHS 111 telephone service.',
  },
  'reg9c-family-planning': { group: 'free-service', instrument: SI, provision: 'reg 9(c)', url: reg('9'), quote: '(c) family planning services;' },
  'reg9d-infectious-disease': { group: 'free-service', instrument: SI, provision: 'reg 9(d) and Schedule 1', url: SCHEDULE_1, quote: Q.reg9d },
  'reg9d-mpox': {
    group: 'free-service', instrument: SI, provision: 'reg 9(d) and Schedule 1, as amended by SI 2022/614', url: SCHEDULE_1, quotedFrom: 'SI 2022/614',
    quote: 'In Schedule 1, in the appropriate alphabetical position, insert “Monkeypox”.',
  },
  'reg9d-covid': {
    group: 'free-service', instrument: SI, provision: 'reg 9(d) and Schedule 1 (COVID-19)', guidance: G.nhsVisitors, url: `${NHS_UK}/visitors-who-do-not-need-to-pay-for-nhs-treatment`,
    quote: 'Overseas visitors to England, including anyone living in the UK without permission, will not be charged for: - testing for COVID-19 when requested by a medical professional - treatment for COVID-19 if you’re eligible - COVID-19 vaccination services No immigration checks are required.',
  },
  'reg9d-not-listed': { group: 'chargeable', instrument: SI, provision: 'reg 9(d) (only conditions listed in Schedule 1)', url: reg('9'), quote: Q.reg9d },
  'reg9e-sti': { group: 'free-service', instrument: SI, provision: 'reg 9(e)', url: reg('9'), quote: '(e) services provided for the diagnosis and treatment of sexually transmitted infections;' },
  'reg9f-violence': { group: 'free-service', instrument: SI, provision: 'reg 9(f), with reg 8(2)', url: reg('8'), quotedFrom: 'reg 8(2), as made', quote: Q.reg8 },
  'reg8-fgm-maternity': { group: 'free-service', instrument: SI, provision: 'reg 9(f), with reg 8(2)(b)', url: reg('8'), quotedFrom: 'reg 8(2)(b), as made', quote: Q.reg8b },
  'reg8-pregnancy-not-covered': { group: 'chargeable', instrument: SI, provision: 'reg 8(2) (pregnancy care is named only for female genital mutilation)', url: reg('8'), quotedFrom: 'reg 8(2), as made', quote: Q.reg8, settled: false },
  'reg9f-came-for-treatment': { group: 'chargeable', instrument: SI, provision: 'reg 9(f) (not where the person came to the UK for that treatment)', url: reg('9') },
  'reg9-palliative-care': {
    group: 'free-service', instrument: SI, provision: 'reg 9 (palliative care from a registered palliative care charity or community interest company)', guidance: G.morecambeBay,
    url: 'https://www.uhmb.nhs.uk/visiting-our-hospitals/overseas-visitors',
    quote: 'If you are an overseas visitor to the UK you may be charged for some treatments; however there are exemptions where some NHS services are free to everyone regardless of their status… Palliative care services provided by a registered palliative care charity or a community interest company;',
  },
  'termination-chargeable': { group: 'chargeable', instrument: ANSWER, provision: 'answer of 17 January 2019 (termination is charged, but treated as urgent)', url: WRITTEN_ANSWER_2019, guidance: WRITTEN_ANSWER, quote: Q.termination },
  'reg10-assisted-conception': {
    group: 'chargeable', instrument: SI, provision: 'reg 10(2A) with reg 9A ("chargeable assisted conception services")', guidance: G.surchargePage,
    url: 'https://www.gov.uk/healthcare-immigration-application',
    quote: 'You’ll still need to pay for certain types of services, such as prescriptions, dental treatment, eye tests and assisted conception.',
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
  'reg12a-ehic': {
    group: 'exempt-person', instrument: SI, provision: 'reg 12A (rights under the UK–EU Trade and Cooperation Agreement: the EHIC)', guidance: G.nhsEhic,
    url: `${NHS_UK}/visitors-from-eu-countries-norway-iceland-liechtenstein-or-switzerland`,
    quote: 'Your EHIC will cover you for treatment that becomes medically necessary during a visit to England, … It also covers you for the treatment of pre-existing medical conditions and for routine maternity care, providing the reason for your visit is not specifically to give birth or receive treatment.',
  },
  'reg13-14-healthcare-agreement': { group: 'exempt-person', instrument: SI, provision: 'reg 14 (other healthcare agreements: what each one covers)', url: reg('14') },
  'reg14-planned-needs-s2': {
    group: 'chargeable', instrument: SI, provision: 'reg 12A (the EHIC does not cover planned treatment)', guidance: G.nhsEea,
    url: 'https://www.nhs.uk/using-the-nhs/nhs-services/visiting-or-moving-to-england/visitors-from-the-european-economic-area-eea-or-switzerland/',
    quote: 'If you are coming to England specifically for planned treatment, you will need to make all necessary arrangements yourself in advance. Planned treatment is not covered by the EHIC.',
  },
  'reg14-bilateral-planned': {
    group: 'chargeable', instrument: SI, provision: 'reg 14 (bilateral healthcare agreements do not cover planned treatment)',
    guidance: { publisher: 'NHS', title: 'Overseas visitors, University Hospitals Plymouth NHS Trust', date: 'undated' },
    url: 'https://www.plymouthhospitals.nhs.uk/overseas-visitors',
    quote: 'If you normally live in a country that has a bilateral healthcare agreement with the UK. This covers emergency treatment only and does not cover planned treatment',
  },
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
  'reg17-humanitarian': {
    group: 'exempt-person', instrument: SI, provision: 'reg 17 (a course of treatment exempted for exceptional humanitarian reasons)', url: reg('2'), quotedFrom: 'reg 2 ("authorised companion"), which describes reg 17',
    quote: '“authorised companion” means a person who has been granted leave to enter the United Kingdom to accompany a person who is obtaining a course of treatment in respect of which no charge may be made or recovered under regulation 17;',
  },
  'reg18-detained-or-court-order': {
    group: 'exempt-person', instrument: SI, provision: 'reg 18', url: reg('18'), quotedFrom: 'reg 18, as made',
    quote: '18. No charge may be made or recovered in respect of relevant services provided to an overseas visitor— (a) who is liable to be detained in a hospital, received into guardianship or subject to a community treatment order under the Mental Health Act 1983; (b) who is detained … [under] the Mental Capacity Act 2005 …',
  },
  'reg19-prisoner-detainee': { group: 'exempt-person', instrument: SI, provision: 'reg 19', url: reg('19') },
  'reg20-22-crown-forces': {
    group: 'exempt-person', instrument: SI, provision: 'reg 20', url: reg('20'), quotedFrom: 'reg 20(1), as made',
    quote: '20.—(1) No charge may be made or recovered … to an overseas visitor who is— (a) a member of the regular or reserve forces within the meaning of the Armed Forces Act 2006; (b) a qualifying employee who is visiting the United Kingdom in the course of the qualifying employment …',
  },
  'reg22-war-pension': {
    group: 'exempt-person', instrument: SI, provision: 'reg 22 (war pensioners and armed forces compensation)', guidance: G.nhsVisitors,
    url: 'https://www.nhs.uk/using-the-nhs/nhs-services/visiting-or-moving-to-england/visitors-who-do-not-need-pay-for-nhs-treatment/',
    quote: 'War pensioners or those who receive armed forces compensation scheme payments are exempt. This includes your spouse or civil partner and any children under 18, provided they are lawfully present',
  },
  'reg22a-ukraine': {
    group: 'exempt-person', instrument: SI, provision: 'reg 22A (overseas visitors from Ukraine)', guidance: G.ukraineStatement, url: UKRAINE_STATEMENT,
    quote: 'In March 2022, my predecessor amended the NHS charging regulations to allow residents of Ukraine, and their immediate family members, who are lawfully in the UK, to access NHS care in England for free, including those who transfer here under official medevac routes.',
  },
  'reg22a-assisted-conception': {
    group: 'chargeable', instrument: SI, provision: 'reg 22A and reg 25(2A) (not assisted conception)', guidance: G.ukraineStatement, url: UKRAINE_STATEMENT,
    quote: 'This covers all potential treatment needs, except for assisted conception services, to align with the existing exemption for those whose immigration health surcharge (IHS) fees have been waived.',
  },
  'reg24-social-charter': { group: 'exempt-person', instrument: SI, provision: 'reg 24(1)(a)', url: reg('24'), quote: Q.reg24 },
  'reg24-planned-not-covered': { group: 'chargeable', instrument: SI, provision: 'reg 24(1) (only treatment the need for which arose during the visit)', url: reg('24'), quote: Q.reg24 },
  // Family members (reg 25) and dependants (reg 15): only some exemptions carry over.
  'reg25-family': { group: 'exempt-person', instrument: SI, provision: 'reg 25(2) (family of someone exempt under regs 13, 20, 21 or 22A)', url: reg('25'), quote: Q.reg25 },
  'reg25-not-lawfully-present': {
    group: 'chargeable', instrument: SI, provision: 'reg 25(2) (only family who are lawfully present)', url: reg('25'), quote: Q.reg25,
  },
  'reg25-family-modern-slavery': {
    group: 'exempt-person', instrument: SI, provision: 'reg 25(1A)', url: reg('25'),
    quote: '(1A) No charge may be made or recovered in respect of any relevant services provided to an overseas visitor who is a member of the family of another overseas visitor (“the principal overseas visitor”) if the principal overseas visitor is exempt from charges under regulation 16 (victims of modern slavery).',
  },
  'reg25-family-war-pension': {
    group: 'exempt-person', instrument: SI, provision: 'reg 25 (family of war pensioners, reg 22)', guidance: G.nhsVisitors,
    url: 'https://www.nhs.uk/using-the-nhs/nhs-services/visiting-or-moving-to-england/visitors-who-do-not-need-pay-for-nhs-treatment/',
    quote: 'War pensioners or those who receive armed forces compensation scheme payments are exempt. This includes your spouse or civil partner and any children under 18, provided they are lawfully present',
  },
  'reg25-family-other': { group: 'exempt-person', instrument: SI, provision: 'reg 25 (which exemptions carry over to family)', url: reg('25') },
  'reg10-surcharge-per-person': {
    group: 'chargeable', instrument: SI, provision: 'regs 10(2) and 25 (the surcharge covers only the person it was paid for)', url: reg('10'), quote: Q.reg10,
  },
  'reg25-newborn': {
    group: 'exempt-person', instrument: SI, provision: 'reg 25(3) (a baby born in the UK to a parent exempt under reg 10, 11 or 22A(1))', url: reg('25'), quotedFrom: 'reg 25(3): (a) as it stands now, (b) and (c) as at 27 October 2020',
    quote: Q.reg25newborn,
  },
  'reg25-newborn-not-covered': {
    group: 'chargeable', instrument: SI, provision: 'reg 25(3)(b) and (c) (only a baby aged 3 months or less who has not left the UK)', url: reg('25'), quotedFrom: 'reg 25(3): (a) as it stands now, (b) and (c) as at 27 October 2020',
    quote: Q.reg25newborn,
  },
  'reg15aa-refugee-dependant': {
    group: 'exempt-person', instrument: SI, provision: 'reg 15(aa)', url: reg('15'),
    quote: '(aa) is a dependant of a person described in paragraph (a) (“the principal overseas visitor”) and— (i) has leave to enter or remain in the United Kingdom as the dependant of the principal overseas visitor; or (ii) is born in the United Kingdom to the principal overseas visitor.',
  },
  'reg15ba-asylum-dependant': {
    group: 'exempt-person', instrument: SI, provision: 'reg 15(ba)', url: reg('15'),
    quote: '(ba) is treated as a dependant of a person described in paragraph (b) …',
  },
  'reg15-not-dependant': {
    group: 'chargeable', instrument: SI, provision: 'reg 15(aa) and (ba) (only dependants)', url: reg('15'),
    quote: '(aa) is a dependant of a person described in paragraph (a) (“the principal overseas visitor”) and— (i) has leave to enter or remain in the United Kingdom as the dependant of the principal overseas visitor; or (ii) is born in the United Kingdom to the principal overseas visitor.',
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
    group: 'urgency', instrument: ANSWER, provision: 'answer of 17 January 2019', url: WRITTEN_ANSWER_2019, guidance: WRITTEN_ANSWER,
    quote: 'maternity treatment must always be regarded as immediately necessary, and therefore not subject to the upfront charging requirement',
  },
  'termination-urgent': { group: 'urgency', instrument: ANSWER, provision: 'answer of 17 January 2019', url: WRITTEN_ANSWER_2019, guidance: WRITTEN_ANSWER, quote: Q.termination },
  'upfront-non-urgent': { group: 'urgency', instrument: SI, provision: 'reg 3(1A), inserted by SI 2017/756', url: reg('3'), quote: Q.reg3 },
  'charge-150': {
    group: 'chargeable', instrument: SI, provision: 'reg 7(3)', url: reg('7'),
    quote: '(3) Unless paragraph (3A) applies, the charge payable in respect of each relevant service provided to an overseas visitor shall be equal to the amount payable for that relevant service multiplied by 150 per cent.',
  },

};

export const ENGLAND_RULES = records('england', table);
