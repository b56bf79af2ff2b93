/**
 * The one message the app sends to a page that embeds it: the height to give the frame.
 *
 *   { "type": "nhs-charges-helper:resize", "version": 1, "height": 6784, "kind": "page" }
 *
 * The parent page must learn nothing of the person's answers, the outcome or the mode (a person
 * alone, or an advocate). So the height is the same on every page of the guide: a ceiling that
 * depends only on the frame's width and the language the frame opened in (which the parent page
 * chose), at least as tall as the tallest page measured at that width in that language. It is sent
 * once when the guide starts and again only when the frame's width changes; nothing else is ever
 * sent. A page taller still (an unusually long list of organisations, the reference pages opened
 * over the flow) scrolls inside the frame rather than telling the parent page anything.
 *
 * `kind` is always "page": it is kept so that hosts written for the earlier messages still accept
 * these.
 */

export const RESIZE_MESSAGE_TYPE = 'nhs-charges-helper:resize';
export const RESIZE_MESSAGE_VERSION = 1;

export type StepKindForHost = 'question' | 'outcome' | 'page';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  version: typeof RESIZE_MESSAGE_VERSION;
  height: number;
  kind: StepKindForHost;
}

/** Text wraps into more lines in a narrower frame, down to 320 px; from WIDEST up the page is 40rem wide and stops growing. */
const NARROWEST = 320;
const WIDEST = 680;
/** Room over the tallest page measured, for journeys the measurements did not take. */
const MARGIN = 1.15;
/** Heights are whole multiples of this. */
export const HEIGHT_STEP = 64;

/**
 * The tallest page (the signposting page: the organisations) of each language, in px, in a frame
 * 320 px wide and one 680 px or wider. Measured in Chromium over seeded journeys in every language
 * (tests/e2e/embed.e2e.ts checks that no page of several journeys is taller than frameHeight, and
 * that frameHeight is under 1.5 times the tallest page).
 */
export const TALLEST: Record<string, readonly [narrow: number, wide: number]> = {
  en: [5871, 4082],
  ar: [5525, 4077],
  fa: [5936, 4237],
  ps: [6169, 4315],
  ur: [6190, 4338],
  ckb: [6349, 4389],
  ti: [5640, 4098],
  am: [5710, 4077],
  so: [7173, 4685],
  bn: [6814, 4752],
  hi: [6667, 4610],
  ta: [7737, 4826],
  vi: [6478, 4517],
  zh: [4497, 3696],
  sq: [6641, 4536],
  tr: [6612, 4418],
  fr: [6921, 4728],
  es: [6933, 4656],
  pt: [6824, 4512],
  ro: [6552, 4469],
  pl: [6652, 4608],
  uk: [6996, 4701],
  ru: [7334, 4824],
  // A language not listed: the tallest of all.
  __longest: [7737, 4826],
};

/**
 * The height to report for a frame `width` px wide that opened in `language`. Between the two
 * measured widths the tallest page follows a + b / width (the text's lines grow as the width
 * shrinks), which fits the measurements at 360, 400, 480 and 600 px from above.
 */
export function frameHeight(width: number, language: string): number {
  const [narrow, wide] = TALLEST[language] ?? TALLEST.__longest!;
  const b = (narrow - wide) / (1 / NARROWEST - 1 / WIDEST);
  const a = wide - b / WIDEST;
  const w = Math.min(Math.max(Number.isFinite(width) ? width : NARROWEST, NARROWEST), WIDEST);
  return Math.ceil(((a + b / w) * MARGIN) / HEIGHT_STEP) * HEIGHT_STEP;
}

export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, version: RESIZE_MESSAGE_VERSION, height: Math.max(0, Math.ceil(height)), kind: 'page' };
}

/** What a host should accept: exactly these four fields, of these types. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    Object.keys(d).sort().join() === 'height,kind,type,version' &&
    d.type === RESIZE_MESSAGE_TYPE &&
    d.version === RESIZE_MESSAGE_VERSION &&
    typeof d.height === 'number' &&
    Number.isFinite(d.height) &&
    d.height >= 0 &&
    d.height < 100_000 &&
    (d.kind === 'question' || d.kind === 'outcome' || d.kind === 'page')
  );
}
