/**
 * England: the NHS (Charges to Overseas Visitors) Regulations 2015 (SI 2015/238), as amended.
 * Each record cites the provision it rests on. Plain-language texts live in locales/<lang>/rules.json
 * under the same id.
 */
import type { Rule, RuleGroup } from '../types';
import {
  GUIDANCE,
  IMMIGRATION_ACT_2014_S39,
  PRIMARY_CARE_GUIDANCE,
  REVIEWED,
  SCHEDULE_1,
  SI_2015_238,
  SI_2017_756,
  reg,
} from '../sources';

const rule = (
  id: string,
  group: RuleGroup,
  provision: string,
  sourceUrl: string,
  settled = true,
  instrument = SI_2015_238,
): Rule => ({ id, group, nation: 'england', instrument, provision, sourceUrl, lastReviewed: REVIEWED, settled });

export const ENGLAND_RULES: Rule[] = [
  // Not an overseas visitor at all
  rule('ordinary-residence', 'not-overseas-visitor', 'reg 2 ("overseas visitor"); Immigration Act 2014 s39', reg('2')),
  rule('euss-status', 'not-overseas-visitor', 'reg 2; DHSC guidance on EU Settlement Scheme status', GUIDANCE),
  rule('irish-citizen', 'not-overseas-visitor', 'reg 2; Immigration Act 2014 s39 (Common Travel Area)', IMMIGRATION_ACT_2014_S39, false),
  rule('not-resident', 'chargeable', 'reg 2 ("overseas visitor")', reg('2')),

  // Services free to everyone
  rule('primary-care-free', 'free-service', 'reg 2 ("relevant services" excludes primary medical services)', PRIMARY_CARE_GUIDANCE),
  rule('reg9a-accident-emergency', 'free-service', 'reg 9(a)', reg('9')),
  rule('reg9-nhs111', 'free-service', 'reg 9', reg('9')),
  rule('reg9c-family-planning', 'free-service', 'reg 9(c)', reg('9')),
  rule('reg9d-infectious-disease', 'free-service', 'reg 9(d) and Schedule 1', SCHEDULE_1),
  rule('reg9e-sti', 'free-service', 'reg 9(e)', reg('9')),
  rule('reg9f-violence', 'free-service', 'reg 9(f)', reg('9')),
  rule('reg9f-came-for-treatment', 'chargeable', 'reg 9(f) (not where the person came to the UK for that treatment)', reg('9')),
  rule('ae-after-admission', 'chargeable', 'reg 9(a) (not once admitted, nor at an outpatient appointment)', reg('9')),
  rule('termination-chargeable', 'chargeable', 'reg 9(c) (family planning does not include termination of pregnancy)', reg('9')),
  rule('hospital-chargeable', 'chargeable', 'reg 3', reg('3')),
  rule('community-chargeable', 'chargeable', 'reg 3, as amended by SI 2017/756', SI_2017_756),

  // Part 4: people exempt from charges
  rule('reg10-surcharge', 'exempt-person', 'reg 10', reg('10')),
  rule('reg11-before-surcharge', 'exempt-person', 'reg 11', reg('11')),
  rule('reg13-14-healthcare-agreement', 'exempt-person', 'regs 13 and 14', reg('14')),
  rule('reg15a-refugee', 'exempt-person', 'reg 15(a) and (aa)', reg('15')),
  rule('reg15b-asylum-pending', 'exempt-person', 'reg 15(b) and (ba)', reg('15')),
  rule('reg15b-fresh-claim', 'exempt-person', 'reg 15(b): further submissions recorded as a fresh claim', reg('15'), false),
  rule('reg15c-section-95', 'exempt-person', 'reg 15(c)', reg('15')),
  rule('reg15d-refused-supported', 'exempt-person', 'reg 15(d) and (da)', reg('15')),
  rule('reg15e-looked-after-child', 'exempt-person', 'reg 15(e)', reg('15')),
  rule('reg16-modern-slavery', 'exempt-person', 'reg 16', reg('16')),
  rule('reg17-humanitarian', 'exempt-person', 'reg 17', reg('17')),
  rule('reg18-detained-or-court-order', 'exempt-person', 'reg 18', reg('18')),
  rule('reg19-prisoner-detainee', 'exempt-person', 'reg 19', reg('19')),
  rule('reg20-22-crown-forces', 'exempt-person', 'regs 20 to 22', reg('20')),
  rule('reg22a-ukraine', 'exempt-person', 'reg 22A', reg('22A'), false),
  rule('reg24-social-charter', 'exempt-person', 'reg 24', reg('24'), false),
  rule('reg25-family', 'exempt-person', 'reg 25', reg('25'), false),
  rule('visit-not-exempt', 'chargeable', 'reg 10 (only the immigration health surcharge exempts people with temporary leave)', reg('10')),
  rule('refused-unsupported', 'chargeable', 'reg 15(d) (only refused asylum seekers with section 4 or Care Act support are exempt)', reg('15')),
  rule('refund-when-exempt', 'exempt-person', 'regs 5 and 6 (charges cancelled and refunded when someone is later found exempt)', reg('5')),

  // Urgency and upfront payment
  rule('urgent-care-not-withheld', 'urgency', 'reg 3(1A)–(1B); DHSC guidance on urgent and immediately necessary treatment', reg('3')),
  rule('maternity-immediately-necessary', 'urgency', 'DHSC guidance: all maternity care is immediately necessary', GUIDANCE),
  rule('upfront-non-urgent', 'urgency', 'reg 3(1A), inserted by SI 2017/756', reg('3')),
  rule('charge-150', 'chargeable', 'reg 7', reg('7')),
];

/** Not a regulation of its own: the outcome when the answers do not show which rule applies. */
ENGLAND_RULES.push(
  rule('status-decides', 'chargeable', 'reg 2 and Part 4 (regs 10 to 25)', reg('2')),
);
