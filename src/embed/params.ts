/**
 * The address parameters a partner may set when embedding the app. Only these are read; anything
 * else, and any malformed value, is ignored and the default used. No value ever reaches the page
 * as HTML: they become a language code, a region id, a colour and a short plain-text label.
 */
import { isLanguage, type LanguageCode } from '../i18n/languages';
import type { Region } from '../organisations/types';
import { STEPS } from '../questions/steps';
import { parseHex, readableAccent, toHex } from './colour';

export interface EmbedOptions {
  embed: boolean;
  lang?: LanguageCode;
  region?: Region;
  /** A hex colour, already darkened to reach WCAG AA contrast with white. */
  accent?: string;
  partner?: string;
  /**
   * "fixed": the partner gives the frame its own height and the guide scrolls inside it, sending
   * nothing at all to the partner's page. Otherwise the frame is sized from the guide's messages.
   */
  fit?: 'fixed';
}

export const PARTNER_MAX_LENGTH = 60;
const MAX_PARAM_LENGTH = 200;

/** Letters, digits, spaces and ordinary punctuation only: no control, bidi-override or invisible characters. */
function cleanLabel(value: string): string | undefined {
  const text = value
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>"'`\\{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text && [...text].length <= PARTNER_MAX_LENGTH ? text : undefined;
}

const REGIONS = STEPS.region.options as readonly string[];

export function parseEmbedOptions(search: string): EmbedOptions {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { embed: false };
  }
  const get = (name: string) => {
    const value = params.get(name);
    return value !== null && value.length <= MAX_PARAM_LENGTH ? value : undefined;
  };
  const options: EmbedOptions = { embed: get('embed') === '1' };
  const lang = get('lang');
  if (isLanguage(lang)) options.lang = lang;
  const region = get('region');
  if (region && REGIONS.includes(region)) options.region = region as Region;
  const colour = parseHex(get('accent') ?? '');
  if (colour) options.accent = toHex(readableAccent(colour));
  const partner = cleanLabel(get('partner') ?? '');
  if (partner) options.partner = partner;
  if (get('fit') === 'fixed') options.fit = 'fixed';
  return options;
}
