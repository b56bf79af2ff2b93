/**
 * Scotland, Wales and Northern Ireland have their own charging rules. Only the points where we are
 * sure of the difference are modelled; everything else routes to advice with a "not fully modelled"
 * rule, so England's rules are never applied there silently.
 */
import type { Nation, Rule, RuleGroup } from '../types';
import { NI_2015_27, REVIEWED, SCOTLAND_1989_364, WALES_1989_306, WALES_2009_1512, WALES_2019_1061 } from '../sources';

const rule = (
  id: string,
  nation: Nation | 'uk',
  group: RuleGroup,
  instrument: string,
  provision: string,
  sourceUrl: string,
  settled = true,
): Rule => ({ id, group, nation, instrument, provision, sourceUrl, lastReviewed: REVIEWED, settled });

export const NATION_RULES: Rule[] = [
  rule('urgent-care-other-nations', 'uk', 'urgency', 'SI 1989/364; SI 1989/306; NISR 2015/27', 'not yet checked against each nation\'s rules', NI_2015_27, false),
  rule('nation-unknown', 'uk', 'nation', 'SI 2015/238; SI 1989/364; SI 1989/306; NISR 2015/27', 'each nation has its own regulations', 'https://www.legislation.gov.uk/uksi/2015/238/contents'),

  rule('scotland-ordinary-residence', 'scotland', 'not-overseas-visitor', 'SI 1989/364', 'reg 1(2) ("overseas visitor")', SCOTLAND_1989_364),
  rule('scotland-free-services', 'scotland', 'free-service', 'SI 1989/364', 'reg 3', SCOTLAND_1989_364),
  rule('scotland-asylum', 'scotland', 'exempt-person', 'SI 1989/364', 'reg 4 (as amended): asylum seekers, including refused asylum seekers', SCOTLAND_1989_364),
  rule('scotland-not-modelled', 'scotland', 'nation', 'SI 1989/364', 'the Scottish regulations as amended', SCOTLAND_1989_364),

  rule('wales-ordinary-residence', 'wales', 'not-overseas-visitor', 'SI 1989/306', 'reg 1(2) ("overseas visitor")', WALES_1989_306),
  rule('wales-primary-care-free', 'wales', 'free-service', 'SI 1989/306', 'reg 1(2) ("relevant services" excludes primary medical services), as amended by WSI 2019/1061', WALES_2019_1061),
  rule('wales-asylum', 'wales', 'exempt-person', 'SI 1989/306', 'reg 4(1)(c), as amended by WSI 2009/1512 (the words "which has not yet been determined" deleted)', WALES_2009_1512),
  rule('wales-not-modelled', 'wales', 'nation', 'SI 1989/306', 'the Welsh regulations as amended', WALES_1989_306),

  rule('ni-ordinary-residence', 'northern-ireland', 'not-overseas-visitor', 'NISR 2015/27', 'reg 2 ("overseas visitor")', NI_2015_27),
  rule('ni-gp-chargeable', 'northern-ireland', 'chargeable', 'NISR 2015/27', 'GP (primary medical) services may be charged to overseas visitors except in an emergency', NI_2015_27),
  rule('ni-not-modelled', 'northern-ireland', 'nation', 'NISR 2015/27', 'the Northern Ireland regulations', NI_2015_27),
];
