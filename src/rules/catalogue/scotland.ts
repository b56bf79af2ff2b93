/**
 * Scotland: the NHS (Charges to Overseas Visitors) (Scotland) Regulations 1989 (SI 1989/364), as
 * amended. Only what could be read in the stored text is settled; the rest routes to advice and
 * says what is missing (see docs/status.md).
 */
import { SCOTLAND_NOTE, SCOTLAND_SCHEDULE_1, scotland } from '../sources';
import { records, type RuleInput } from './record';

const SI = 'SI 1989/364';
const INFORM_ASYLUM = 'https://www.nhsinform.scot/care-support-and-rights/health-rights/access/healthcare-for-refugees-and-asylum-seekers';
const G = {
  faq: { publisher: 'Scottish Government', title: 'Overseas visitors: frequently asked questions (gov.scot)', date: 'undated' },
  informAsylum: { publisher: 'NHS inform (NHS Scotland)', title: 'Healthcare for refugees and asylum seekers', date: 'undated' },
  informVisitors: { publisher: 'NHS inform (NHS Scotland)', title: 'Healthcare for refugees, asylum seekers and overseas visitors', date: 'undated' },
  urgentAnswer: { publisher: 'Scottish Government', title: 'Answer by the Cabinet Secretary for Health to written question S5W-28645 (Scottish Parliament)', date: '2020-04-23' },
} as const;
/** Scotland's NHS inform, on asylum seekers and refugees. */
const Q_INFORM_ASYLUM = 'If you’re an asylum seeker or a refugee living in Scotland, you have the right to NHS healthcare while you’re here. … Healthcare for asylum seekers and their families is free for the most part.';

const table: Record<string, RuleInput> = {
  'scotland-ordinary-residence': {
    group: 'not-overseas-visitor', instrument: SI, provision: 'reg 1(2) ("overseas visitor")', url: SCOTLAND_NOTE, quotedFrom: 'the Explanatory Note',
    quote: 'persons not ordinarily resident in the United Kingdom (“overseas visitors”)',
  },
  'scotland-gp-free': {
    group: 'free-service', instrument: SI, provision: 'reg 1(2) ("services forming part of the health service" names dental and ophthalmic services, not GP services)', url: scotland('1'),
    quotedFrom: 'the amendment of reg 1(2) by SSI 2006/141',
    quote: 'in the definition of “services forming part of the health service”, insert after “(accommodation and services)”, “or general dental services, or general ophthalmic services, or personal dental services”.',
  },
  'scotland-accident-emergency': {
    group: 'free-service', instrument: SI, provision: 'reg 3(a)', url: scotland('3'), quotedFrom: 'the amendment of reg 3(a) by SI 1994/1770',
    quote: 'Paragraph (a) of regulation 3 of the principal Regulations (services exempted from charges) shall be amended by substituting for the words “, casualty department, or dental or ophthalmic emergency department” the words “or casualty department”.',
  },
  'scotland-schedule-1': {
    group: 'free-service', instrument: SI, provision: 'reg 3 and Schedule 1 (HIV; whooping cough; SARS-CoV-2; Monkeypox)', url: SCOTLAND_SCHEDULE_1, quotedFrom: 'SSI 2014/70, SSI 2020/17 and SSI 2022/213',
    quote: 'In Schedule 1 (diseases for the treatment of which no charge is to be made) insert “Human Immunodeficiency Virus” after the entry for ‘Food Poisoning’. … after “Whooping cough” insert … insert “Monkeypox”, … insert “Severe acute respiratory syndrome coronavirus 2 (SARS-CoV-2)”',
  },
  'scotland-free-services-unread': { group: 'free-service', instrument: SI, provision: 'reg 3 (services exempted from charges)', url: scotland('3') },
  'scotland-work-or-settle': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4(1)(a)', url: scotland('4'),
    quote: 'No charge shall be made … for an overseas visitor, being a person or the spouse, civil partner or child of a person— (a) who is shown … to be present in the United Kingdom … for the purpose of— (i) engaging in employment …; or (ii) working as a volunteer …; (iv) taking up permanent residence',
  },
  'scotland-work-without-permission': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4(1)(a) (work, for someone without permission to be in the UK)', url: scotland('4'),
  },
  'scotland-lawful-residence': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4(1)(b) (a year of lawful residence), as amended by SSI 2004/369', url: 'https://www.legislation.gov.uk/ssi/2004/369/made', quotedFrom: 'SSI 2004/369, amending reg 4(1)(b)',
    quote: 'in paragraph (b)– (i) after “who has resided” insert “lawfully”; and (ii) for “the completion of one years’ residence as aforesaid” substitute “this residence qualification being met”',
  },
  'scotland-asylum': { group: 'exempt-person', instrument: SI, provision: 'reg 4 (as amended): asylum seekers', guidance: G.informAsylum, url: INFORM_ASYLUM, quote: Q_INFORM_ASYLUM },
  'scotland-refugee': { group: 'exempt-person', instrument: SI, provision: 'reg 4 (as amended): refugees', guidance: G.informAsylum, url: INFORM_ASYLUM, quote: Q_INFORM_ASYLUM },
  'scotland-asylum-supported': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4 (as amended): asylum seekers supported by the Home Office', guidance: G.informAsylum, url: INFORM_ASYLUM,
    quote: 'If you receive asylum support from the Home Office you won’t need to pay for your healthcare.',
  },
  'scotland-asylum-refused': { group: 'exempt-person', instrument: SI, provision: 'reg 4 (as amended): whether refused asylum seekers without support are covered', url: scotland('4') },
  'scotland-study': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4 (students on a recognised full-time course)', guidance: G.informVisitors,
    url: 'https://www.nhsinform.scot/care-support-and-rights/health-rights/access/healthcare-for-refugees-and-asylum-seekers-and-overseas-visitors',
    quote: '…international students studying on a recognised full-time course, migrant workers and those joining a spouse or civil partner who is ordinarily resident in Scotland, are exempt from charges for hospital healthcare under an exemption in the … Regulations for the duration of their visa.',
  },
  'scotland-family-other': { group: 'exempt-person', instrument: SI, provision: 'reg 4 (which exemptions reach a spouse, civil partner or child)', url: scotland('4') },
  'scotland-ukraine': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4C, inserted by SSI 2022/114', url: scotland('4C'),
    quote: '4C.(1) No charge may be made or recovered in respect of any overseas visitor, being a person or the spouse, civil partner or child of a person who— (a) is lawfully present in the United Kingdom, and (b) is ordinarily resident in Ukraine …',
  },
  'scotland-charged': {
    group: 'chargeable', instrument: SI, provision: 'reg 2 (charges for overseas visitors)', guidance: G.faq,
    url: 'https://www2.gov.scot/Topics/Health/Services/Overseas-visitors/Frequently-Asked-Questions',
    quote: 'If you are not ordinarily resident; do not meet a charges exemption category in the Charging Regulations; … then charges … will be applied for hospital treatment.',
  },
  'scotland-urgent-care': {
    group: 'urgency', instrument: SI, provision: 'urgent and immediate treatment', guidance: G.urgentAnswer,
    url: 'https://beta.parliament.scot/chamber-and-committees/debates-and-questions/questions/2020/04/22/s5w28645',
    quote: 'Anyone who requires urgent or immediate NHS treatment in Scotland will receive it, regardless of their ability to pay when charges apply.',
  },
  'scotland-not-modelled': { group: 'nation', instrument: SI, provision: 'the other exemptions in regs 4 to 6A', url: scotland('4') },
};

export const SCOTLAND_RULES = records('scotland', table);
