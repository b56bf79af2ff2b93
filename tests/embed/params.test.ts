import { describe, expect, test } from 'vitest';
import { contrast, parseHex } from '../../src/embed/colour';
import { parseEmbedOptions } from '../../src/embed/params';
import { snippet } from '../../src/embed/snippet';

describe('embed parameters', () => {
  test('reads the allow-listed parameters', () => {
    expect(parseEmbedOptions('?embed=1&lang=ar&region=bristol&accent=%231d70b8&partner=Bristol%20Refugee%20Rights')).toEqual({
      embed: true,
      lang: 'ar',
      region: 'bristol',
      accent: '#1d70b8',
      partner: 'Bristol Refugee Rights',
    });
  });

  test('fit=fixed asks for a frame of fixed height; any other value is ignored', () => {
    expect(parseEmbedOptions('?embed=1&fit=fixed')).toEqual({ embed: true, fit: 'fixed' });
    expect(parseEmbedOptions('?embed=1&fit=auto')).toEqual({ embed: true });
    expect(parseEmbedOptions('?embed=1&fit=FIXED')).toEqual({ embed: true });
  });

  test('the snippet for a fixed frame marks it so, and brings no host script', () => {
    const code = snippet('https://guide.example/', { lang: 'en', fixed: true }, 'Guide');
    expect(code).toContain('<iframe data-nhs-charges-embed="fixed"');
    expect(code).toContain('fit=fixed');
    expect(code).not.toContain('<script');
    expect(snippet('https://guide.example/', { lang: 'en' }, 'Guide')).toContain('embed.js');
  });

  test('accepts every language the guide speaks', async () => {
    const { LANGUAGE_CODES } = await import('../../src/i18n/languages');
    for (const code of LANGUAGE_CODES) expect(parseEmbedOptions(`?lang=${code}`).lang).toBe(code);
  });

  test('defaults to a normal page', () => {
    expect(parseEmbedOptions('')).toEqual({ embed: false });
    expect(parseEmbedOptions('?embed=yes')).toEqual({ embed: false });
  });

  test.each([
    ['lang', 'de'],
    ['lang', 'FR'],
    ['lang', '__proto__'],
    ['region', 'mars'],
    ['region', 'constructor'],
    ['accent', 'javascript:alert(1)'],
    ['accent', 'red'],
    ['accent', '#12345'],
    ['accent', 'url(https://evil.example/x.png)'],
    ['accent', '#fff;background:url(x)'],
    ['partner', '<>"\'`'],
    ['partner', 'x'.repeat(61)],
    ['partner', '\u202e\u200b'],
    ['lang', 'a'.repeat(10_000)],
  ])('ignores %s=%j', (name, value) => {
    const options = parseEmbedOptions(`?${new URLSearchParams({ [name]: value })}`);
    expect(options).toEqual({ embed: false });
  });

  test('a partner label keeps its words but loses markup characters and Unicode tricks', () => {
    const { partner } = parseEmbedOptions(`?${new URLSearchParams({ partner: 'Clinic <b>One</b>\u202e\u200b\u0000 "quoted"' })}`);
    expect(partner).toBe('Clinic bOne/b quoted');
  });

  test('a script tag as a partner label becomes harmless plain text', () => {
    const { partner } = parseEmbedOptions(`?partner=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(partner).toBe('scriptalert(1)/script');
  });

  test('full-width and other look-alike characters are folded to their plain form', () => {
    expect(parseEmbedOptions(`?${new URLSearchParams({ partner: 'Ｃｌｉｎｉｃ' })}`).partner).toBe('Clinic');
  });

  test.each(['#ffdd00', '#ffffff', '#0f0', '#1d70b8', '#000000'])('accent %s is darkened until white text on it reaches AA', (hex) => {
    const { accent } = parseEmbedOptions(`?accent=${encodeURIComponent(hex)}`);
    expect(contrast(parseHex(accent!)!, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
  });

  test('a dark enough accent is kept as it is', () => {
    expect(parseEmbedOptions('?accent=%23004225').accent).toBe('#004225');
  });
});
