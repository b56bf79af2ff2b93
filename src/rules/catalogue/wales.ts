/**
 * Wales: the NHS (Charges to Overseas Visitors) Regulations 1989 (SI 1989/306) as they stand in
 * Wales, amended by Welsh instruments. Only what could be read in the stored text is settled.
 */
import { WALES_2009_1512, WALES_2019_1061, WALES_SCHEDULE_1, wales } from '../sources';
import { records, type RuleInput } from './record';

const SI = 'SI 1989/306';
const CARDIFF = 'https://cavuhb.nhs.wales/our-services/private-overseas-patients/overseas-visitors/';
const G = {
  cardiff: { publisher: 'NHS Wales', title: 'Overseas visitors, Cardiff and Vale University Health Board', date: 'undated' },
  nwssp: { publisher: 'NHS Wales', title: 'Overseas visitors and the NHS, NHS Wales Shared Services Partnership (governance e-manual)', date: 'undated' },
  note2022: { publisher: 'Welsh Government', title: 'Explanatory Note to WSI 2022/89 (not part of the Regulations)', date: '2022' },
} as const;

const table: Record<string, RuleInput> = {
  'wales-ordinary-residence': {
    group: 'not-overseas-visitor', instrument: SI, provision: 'reg 1(2) ("overseas visitor")', url: wales('1'), quotedFrom: 'the Explanatory Note to WSI 2022/89',
    quote: '…to certain persons not ordinarily resident in the United Kingdom.',
  },
  'wales-primary-care-free': {
    group: 'free-service', instrument: SI, provision: 'reg 1(2) ("relevant services" excludes primary medical services), as amended by WSI 2019/1061', url: WALES_2019_1061,
    quote: '“relevant services” means accommodation, services or facilities which are provided, or whose provision is arranged, under the National Health Service (Wales) Act 2006 other than— (a) primary medical services provided under Part 4 …',
  },
  'wales-accident-emergency': {
    group: 'free-service', instrument: SI, provision: 'reg 3(a)', url: wales('3'), quotedFrom: 'the amendment of reg 3(a) by SI 1994/1535',
    quote: 'Regulation 3 of the principal Regulations (services exempted from charges) shall be amended by the insertion after the words “accident and emergency department” in paragraph (a) of the word “or” …',
  },
  'wales-schedule-1': {
    group: 'free-service', instrument: SI, provision: 'reg 3 and Schedule 1 (Monkeypox)', url: WALES_SCHEDULE_1, quotedFrom: 'the Explanatory Note to the 2022 amending regulations',
    quote: 'Regulation 2 amends the principal Regulations to insert “Monkeypox” into Schedule 1 (diseases for the treatment of which no charge is to be made).',
  },
  'wales-free-services-unread': { group: 'free-service', instrument: SI, provision: 'reg 3 (services exempted from charges)', url: wales('3') },
  'wales-asylum': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4(1)(c), as amended by WSI 2009/1512 (the words "which has not yet been determined" deleted)', url: WALES_2009_1512, quotedFrom: 'WSI 2009/1512 reg 2(a)',
    quote: '(a) in paragraph (1), in sub-paragraph (c) delete the words “which has not yet been determined”;',
  },
  'wales-trafficking': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4(1)(r)', url: wales('4'),
    quote: '(r) who the competent authorities of the United Kingdom for the purposes of the Council of Europe Convention on Action Against Trafficking in Human Beings … (i) consider that there are reasonable grounds to believe is a victim … or (ii) have identified as a victim',
  },
  'wales-reciprocal': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4(1)(o)', url: wales('4'), settled: false,
    quote: '(o) in whose case the services are provided in circumstances covered by a reciprocal agreement— (i) with a country or territory specified in Schedule 2; or (ii) with an EEA state or Switzerland where that agreement is a listed healthcare arrangement',
  },
  'wales-s2': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4F (formerly reg 4(1)(s)): only the planned treatment the S2 authorises', url: wales('4F'),
    quotedFrom: 'reg 4(1)(s) as inserted by WSI 2020/1607, since moved to reg 4F',
    quote: '(s) who— (i) is granted leave to remain in the United Kingdom under Appendix S2 Healthcare Visitor to the immigration rules, and (ii) in respect of whom a waiver to the immigration health charge applies, except in the case of relevant services which do not form part of the planned healthcare treatment …',
  },
  'wales-surcharge': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4F (immigration health charge), inserted by WSI 2022/89', guidance: G.note2022, url: 'https://www.legislation.gov.uk/wsi/2022/89/note/made',
    quote: 'The new regulation 4F provides an exemption from charges for an overseas visitor who has paid or is exempt from paying an immigration health charge, subject to specified exemptions.',
  },
  'wales-surcharge-limits': { group: 'chargeable', instrument: SI, provision: 'reg 4F (the services the surcharge exemption leaves out)', url: wales('4F') },
  'wales-ukraine-family': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4I(2), inserted by WSI 2022/402 (family of someone from Ukraine)', url: 'https://www.legislation.gov.uk/wsi/2022/402/regulation/2/made',
    quote: '(2) No charge may be made or recovered … to an overseas visitor who is lawfully present in the United Kingdom and is— (a) the spouse or civil partner of another overseas visitor who is exempt … under paragraph (1); or (b) a child in respect of whom another overseas visitor, who is exempt …, has responsibility.',
  },
  'wales-ukraine-newborn': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4I(3), inserted by WSI 2022/402 (a baby born in the UK to a parent from Ukraine)', url: 'https://www.legislation.gov.uk/wsi/2022/402/regulation/2/made',
    quote: '(3) No charge may be made or recovered in respect of any relevant services provided to an overseas visitor who is a child who— (a) is born in the United Kingdom to a parent who is exempt from charges by virtue of paragraph (1); (b) is aged 3 months or less; and (c) has not left the United Kingdom since birth.',
  },
  'wales-family-other': { group: 'exempt-person', instrument: SI, provision: 'reg 4(4) and regs 4F to 4I (which exemptions reach a spouse, civil partner or child)', url: wales('4') },
  'wales-ukraine': {
    group: 'exempt-person', instrument: SI, provision: 'reg 4I, inserted by WSI 2022/402', url: wales('4I'),
    quote: '4I.(1) No charge may be made or recovered in respect of any relevant services provided to an overseas visitor who— (a) is lawfully present in the United Kingdom; and (b) is ordinarily resident in Ukraine.',
  },
  'wales-charged': {
    group: 'chargeable', instrument: SI, provision: 'reg 2 (charges for overseas visitors)', guidance: G.cardiff, url: CARDIFF,
    quote: 'The Regulations place a legal obligation on the UHB to establish if patients are not normally resident in the UK. If they are not, then the patient may be charged for the NHS services provided, subject to a list of exemptions.',
  },
  'wales-ae-admitted': {
    group: 'chargeable', instrument: SI, provision: 'reg 3(a) (not once admitted, nor at an outpatient appointment)', guidance: G.cardiff, url: CARDIFF,
    quote: 'Once the patient is admitted to a ward, or given an outpatient appointment, treatment ceases to be free, and from this point on a charge will be made.',
  },
  'wales-clinical-priority': {
    group: 'urgency', instrument: SI, provision: 'how charged patients are treated', guidance: G.cardiff, url: CARDIFF,
    quote: 'The treatment of NHS Charged Patients is subject to the same clinical priority as other NHS patients.',
  },
  'wales-gp-practice-decides': {
    group: 'chargeable', instrument: SI, provision: 'reg 1(2) ("relevant services" leaves out GP care) and WHC/2025/025 (who gets free primary care)', guidance: G.nwssp,
    url: 'https://nwssp.nhs.wales/a-wp/governance-e-manual/putting-the-citizen-first/overseas-visitors-and-the-nhs/', settled: false,
    quote: 'When an overseas visitor requests non-emergency medical treatment or treatment that is not immediately necessary, it is for the primary care provider to decide whether to accept that person as a NHS patient or as a private patient.',
  },
  'wales-not-modelled': { group: 'nation', instrument: SI, provision: 'the other exemptions in reg 4', url: wales('4') },
};

export const WALES_RULES = records('wales', table);
