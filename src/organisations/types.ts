/**
 * The shape of an organisation record. Every contact detail carries the page it was read from
 * and that page's own date, so a partner can check it and a person can see how old it is.
 * What each organisation does is text in locales/<lang>/organisations.json under its id.
 */

export type Region =
  | 'london'
  | 'west-midlands'
  | 'bristol'
  | 'england-other'
  | 'scotland'
  | 'wales'
  | 'northern-ireland';

export type Need =
  | 'healthcare-access'
  | 'maternity'
  | 'detention'
  | 'debt'
  | 'asylum-support'
  | 'asylum-legal'
  | 'immigration-law'
  | 'modern-slavery'
  | 'domestic-abuse'
  | 'sexual-violence'
  | 'casework'
  | 'campaign'
  /** A local place migrants can go for help (a drop-in, an advice centre), whatever the care. */
  | 'local-support';

/**
 * Whom an organisation is for, when it is not for everyone who uses the guide: a detention charity
 * helps people in immigration detention, a maternity charity pregnant women and new parents, a
 * refugee council people who have claimed asylum or been granted protection.
 */
export type Audience = 'detained' | 'pregnant' | 'asylum';

/** Where a detail was read. */
export interface Source {
  /** The page the detail was read from (the organisation's own page, or an official one). */
  url: string;
  /** The page's own date: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; 'undated' when the page shows none. */
  date: string;
  /** The words as read on that page, shortened with "…". */
  words: string;
}

export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** One opening period. No from/to means all day (24 hours). Times are 'HH:MM', 24-hour clock. */
export interface Hours {
  days: Day[];
  from?: string;
  to?: string;
}

export interface Phone {
  /** As people read it: '0800 138 1111'. */
  display: string;
  /** For the tel: link, in international form: '+448001381111' (or '111' for a short number). */
  tel: string;
  /** 'advice' answers people; 'referral' takes referrals; 'text' is for SMS. */
  purpose: 'advice' | 'referral' | 'text';
  hours?: Hours[];
  /** True only when the source says the call is free ("freephone", "free to call"). */
  free?: boolean;
  source: Source;
}

export interface Email {
  address: string;
  source: Source;
}

export interface WebContact {
  url: string;
  kind: 'form' | 'chat';
  source: Source;
}

export interface WalkIn {
  /** Street address as the organisation gives it. */
  address: string;
  when?: Hours[];
  source: Source;
}

export interface Organisation {
  id: string;
  /** The organisation's own name, in English. */
  name: string;
  website: { url: string; source: Source };
  /** Where it works: a list of regions, or the whole UK. */
  regions: Region[] | 'uk';
  /** What it does: the needs it meets. */
  needs: Need[];
  /** Whom it is for, when not for everyone: it is shown only to people its own words say it serves. */
  serves?: Audience;
  /**
   * 'service' helps individuals with advice or support; 'nhs' is an NHS line for health care (it
   * cannot advise on charges); 'campaign' is a group to act with, not an advice service.
   */
  kind: 'service' | 'nhs' | 'campaign';
  phones?: Phone[];
  emails?: Email[];
  web?: WebContact[];
  walkIns?: WalkIn[];
  /** Whether its help is free, only when the organisation says so. */
  free?: { value: boolean; source: Source };
  /** Languages or interpreters, only when the organisation says so. BCP 47 codes in `list`. */
  languages?: { interpreters: boolean; list?: string[]; source: Source };
  /** True for the organisations named in the campaign toolkit's signposting guide. */
  fromToolkit: boolean;
  /** Filled only when a person has checked the whole entry against the live site. */
  reviewedBy?: string;
  reviewedOn?: string;
  /**
   * Kept in the data but never shown: reported closed. (An organisation with no sourced phone,
   * email, form or address is offered with its website: never with an invented number.)
   */
  withheld?: { reason: 'reported-closed'; source: Source };
}
