/** Colour arithmetic for the partner's accent: WCAG contrast, and darkening until text is readable. */

export type Rgb = [number, number, number];

export function parseHex(value: string): Rgb | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value);
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
/** WCAG 2.2 AA for normal text. */
export const AA = 4.5;

/**
 * The accent, darkened just enough for white text on it (and it as text on white) to reach AA.
 * Darkening keeps the hue, so the partner's colour still looks like theirs.
 */
export function readableAccent(colour: Rgb): Rgb {
  let c = colour;
  for (let i = 0; i < 100 && contrast(c, WHITE) < AA; i++) c = c.map((v) => v * 0.95) as Rgb;
  return c;
}
