/**
 * Northern Ireland: the Provision of Health Services to Persons Not Ordinarily Resident Regulations
 * (Northern Ireland) 2015 (NISR 2015/27), as amended. Reg 4 was read as made. Where a provision's own
 * text could not be read, the exemptions it grants are quoted from the list of them in reg 24(1),
 * which names each regulation and whom it exempts (see docs/status.md).
 */
import { NI_2022_195, NI_CONTENTS, NI_SCHEDULE_1, ni } from '../sources';
import { records, type RuleInput } from './record';

const SR = 'NISR 2015/27';
const NIDIRECT_VISITORS = 'https://www.nidirect.gov.uk/articles/health-services-visitors-northern-ireland';
const WESTERN_TRUST = 'https://westerntrust.hscni.net/about-the-trust/access-to-healthcare/';
const G = {
  visitors: { publisher: 'NI Direct (Northern Ireland Government)', title: 'Health services for visitors to Northern Ireland', date: 'undated' },
  emergencies: { publisher: 'NI Direct (Northern Ireland Government)', title: 'Health and medical emergencies services for visitors to Northern Ireland', date: 'undated' },
  western: { publisher: 'HSC', title: 'Access to healthcare, Western Health and Social Care Trust', date: 'undated' },
} as const;
const Q_EHIC = 'A valid EHIC/GHIC entitles the patient to free treatment for conditions that arose during the visit and cannot wait until they return home.';
const reg4 = (letter: string, quote: string, extra: Partial<RuleInput> = {}): RuleInput => ({
  group: 'free-service', instrument: SR, provision: `reg 4(1)(${letter})`, url: ni('4'), quotedFrom: 'reg 4(1), as made', quote, ...extra,
});
/** An exemption known from its entry in reg 24(1), the list of people exempt under each regulation. */
const listed = (provision: string, entry: string): RuleInput => ({
  group: 'exempt-person', instrument: SR, provision, url: ni(provision.match(/reg (\w+)/)![1]!), quotedFrom: 'reg 24(1), as made',
  quote: `general health services shall be available to a visitor who is exempt from charges under— … ${entry}`,
});

const table: Record<string, RuleInput> = {
  'ni-ordinary-residence': {
    group: 'not-overseas-visitor', instrument: SR, provision: 'reg 2 (a visitor is a person not ordinarily resident)', url: NI_CONTENTS, quotedFrom: 'reg 1 (citation)',
    quote: 'These Regulations may be cited as the Provision of Health Services to Persons Not Ordinarily Resident Regulations (Northern Ireland) 2015',
  },
  'ni-accident-emergency': reg4('a', '(a) accident and emergency services, whether provided at a hospital accident and emergency department, a minor injuries unit, or elsewhere, but not including any services provided— (i) after the visitor has been accepted as an in-patient; or (ii) at an outpatient appointment;'),
  'ni-ae-after-admission': reg4('a', '(a) accident and emergency services … but not including any services provided— (i) after the visitor has been accepted as an in-patient; or (ii) at an outpatient appointment;', { group: 'chargeable' }),
  'ni-outside-hospital': reg4('b', '(b) services otherwise than at, or by staff employed to work at, or under the direction of a hospital;'),
  'ni-family-planning': reg4('c', '(c) family planning services;'),
  'ni-schedule-1': {
    group: 'free-service', instrument: SR, provision: 'reg 4(1)(d) and Schedule 1 (Measles; Monkeypox)', url: NI_2022_195, quotedFrom: 'NISR 2022/195 reg 2',
    quote: 'In Schedule 1 (Diseases for which no charge is to be made for treatment) … after “Measles” insert the following entry: “Monkeypox”.',
  },
  'ni-schedule-1-unread': { group: 'free-service', instrument: SR, provision: 'reg 4(1)(d) and Schedule 1 (the rest of the list)', url: NI_SCHEDULE_1 },
  'ni-sti': reg4('e', '(e) treatment for sexually transmitted infections;'),
  'ni-hiv': reg4('f', '(f) treatment in respect of infection with any Human Immunodeficiency Virus;'),
  'ni-mental-health': reg4('g', '(g) services provided to a visitor who is liable to be detained in a hospital or, received into guardianship under the Mental Health (Northern Ireland) Order 1986 …; or (h) treatment … where- (i) a requirement to submit to the form of treatment concerned is imposed by, or included in, an order of a court', { provision: 'reg 4(1)(g) and (h)' }),
  'ni-travelled-for-care': {
    group: 'chargeable', instrument: SR, provision: 'reg 4(2)', url: ni('4'), quotedFrom: 'reg 4(2), as made',
    quote: '(2) The services listed in paragraph (1)(a) – (h) are not exempt from charge if it appears that the visitor has travelled to Northern Ireland specifically to receive those services.',
  },
  'ni-gp-not-exempt': {
    group: 'chargeable', instrument: SR, provision: 'reg 24 (GP care is free only for visitors in the exempt groups)', guidance: G.emergencies,
    url: 'https://www.nidirect.gov.uk/articles/health-and-medical-emergencies-services-visitors-northern-ireland',
    quote: 'All visitors to Northern Ireland are entitled to medical emergency services free of charge. … If the treatment is not a medical emergency, you will be charged for that treatment unless you are exempt from charges.',
  },
  'ni-charged': {
    group: 'chargeable', instrument: SR, provision: 'reg 3', url: ni('3'), quotedFrom: 'reg 3, as made',
    quote: '3. Services forming part of health services shall be available to any visitor at a charge determined by the Department, subject to regulations 4 to 23.',
  },
  'ni-upfront-non-urgent': {
    group: 'urgency', instrument: SR, provision: 'payment in advance for treatment that can wait', guidance: G.visitors, url: NIDIRECT_VISITORS,
    quote: 'If it is medically determined that your treatment can safely wait until you return home, the HSC Trust will not provide non-urgent treatment unless you pay the full estimated cost of the treatment in advance.',
  },
  'ni-maternity-chargeable': {
    group: 'chargeable', instrument: SR, provision: 'reg 3 (maternity appointments)', guidance: G.visitors, url: NIDIRECT_VISITORS,
    quote: 'All clinic and outpatient appointments including x-rays, maternity, physiotherapy are also chargeable unless you can show that you meet an exemption, or the treatment you are receiving is exempt from charges.',
  },
  'ni-ehic': { group: 'exempt-person', instrument: SR, provision: 'reg 8 (reciprocal arrangements: the EHIC)', guidance: G.western, url: WESTERN_TRUST, quote: Q_EHIC },
  'ni-ehic-planned': { group: 'chargeable', instrument: SR, provision: 'reg 8 (the EHIC does not cover planned treatment)', guidance: G.western, url: WESTERN_TRUST, quote: Q_EHIC },
  'ni-war-pension': listed('reg 15', '(j) regulation 15 (war pensioners and armed forces compensation scheme payment recipients);'),
  'ni-crown-forces': listed('reg 16', '(k) regulation 16 (Her Majesty’s United Kingdom Forces, Crown servants and others);'),
  'ni-family': listed('reg 22', '(p) regulation 22 (family members of visitors);'),
  'ni-family-permanent': { group: 'exempt-person', instrument: SR, provision: 'reg 22(2) (family "lawfully present on a permanent basis with" the exempt visitor)', url: ni('22') },
  'ni-lawful-residence': listed('reg 5', '(a) regulation 5 (lawful residence for 12 months);'),
  'ni-work-study-settle': listed('reg 6', '(b) regulation 6 (presence for work, study etc, or to settle);'),
  'ni-refugee-asylum': listed('reg 9', '(d) regulation 9 (refugees, asylum seekers and children in care);'),
  'ni-asylum-refused': { group: 'exempt-person', instrument: SR, provision: 'reg 9 (whether refused asylum seekers are covered)', url: ni('9') },
  'ni-trafficking': listed('reg 10', '(e) regulation 10 (human trafficking);'),
  'ni-prisoners-detainees': listed('reg 19', '(n) regulation 19 (prisoners and detainees);'),
  'ni-reciprocal': { ...listed('reg 8', '(c) regulation 8 (reciprocal arrangements);'), settled: false },
  'ni-humanitarian': {
    group: 'exempt-person', instrument: SR, provision: 'reg 11', url: ni('11'), quotedFrom: 'reg 11(1), as made',
    quote: '11.—(1) Where a visitor who has been granted leave to enter the United Kingdom for a course of treatment applies … for exemption from charges … and the Department determines exceptional humanitarian reasons justify it, then no charge may be made or recovered …',
  },
  'ni-social-charter': {
    group: 'exempt-person', instrument: SR, provision: 'reg 21(1)(c)', url: ni('21'),
    quote: '21.—(1) No charge may be made … consisting of treatment the need for which arose during the visit, provided to a visitor who is … (c) a national of a state which is a contracting party to … the European Social Charter 1961 and is— (i) lawfully present …; and (ii) without sufficient resources to pay the charge',
  },
  'ni-social-charter-planned': {
    group: 'chargeable', instrument: SR, provision: 'reg 21(1) (only treatment the need for which arose during the visit)', url: ni('21'),
    quote: '21.—(1) No charge may be made or recovered in respect of any services forming part of health services, consisting of treatment the need for which arose during the visit …',
  },
  'ni-immigration-detention': { group: 'exempt-person', instrument: SR, provision: 'reg 19 (whether "detainees" includes immigration detention)', url: ni('19') },
  'ni-ukraine': {
    group: 'exempt-person', instrument: SR, provision: 'reg 15A, inserted by NISR 2022/174', url: ni('15A'),
    quote: '15A.(1) No charge may be made or recovered in respect of any services forming part of health services provided to a visitor who— (a) is lawfully present in the United Kingdom, and (b) is ordinarily resident in Ukraine.',
  },
  'ni-not-modelled': { group: 'nation', instrument: SR, provision: 'the other exemptions in regs 5 to 23', url: NI_CONTENTS },
};


export const NORTHERN_IRELAND_RULES = records('northern-ireland', table);
