/**
 * Every organisation the signposting page can show, as data. The campaign toolkit's signposting
 * guide gave the first ones (fromToolkit); the rest cover each nation and each need the wizard
 * raises. Contact details were read from stored copies of the organisations' own pages (or official
 * ones), each with its source and that page's date: see docs/organisations.md.
 *
 * This module is large (every detail carries its source): only the pages after the questions
 * import it, and they load after the first page (src/screens/laterPages.ts).
 */
import { ENGLAND_ORGANISATIONS } from './records/england';
import { NORTHERN_IRELAND_ORGANISATIONS } from './records/northern-ireland';
import { SCOTLAND_ORGANISATIONS } from './records/scotland';
import { UK_ORGANISATIONS } from './records/uk';
import { WALES_ORGANISATIONS } from './records/wales';
import type { Organisation } from './types';

export type { Day, Hours, Need, Organisation, Phone, Region, Source } from './types';

/** The date these details were read from the stored pages (not a check of the live sites). */
export const DETAILS_READ_ON = '2026-11-23';

/** Every record, including those kept but not shown (for example, reported closed). */
export const ALL_ORGANISATIONS: readonly Organisation[] = [
  ...UK_ORGANISATIONS,
  ...ENGLAND_ORGANISATIONS,
  ...SCOTLAND_ORGANISATIONS,
  ...WALES_ORGANISATIONS,
  ...NORTHERN_IRELAND_ORGANISATIONS,
];

/** The organisations the guide can name: all but those reported closed. */
export const ORGANISATIONS: readonly Organisation[] = ALL_ORGANISATIONS.filter((o) => o.withheld?.reason !== 'reported-closed');
