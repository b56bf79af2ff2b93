import { expect, test } from 'vitest';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { HEIGHT_STEP, TALLEST, frameHeight, isResizeMessage, resizeMessage } from '../../src/embed/messages';

test('a resize message holds the type, version, height and kind, and nothing else', () => {
  const message = resizeMessage(811.2);
  expect(message).toEqual({ type: 'nhs-charges-helper:resize', version: 1, height: 812, kind: 'page' });
  expect(isResizeMessage(message)).toBe(true);
});

test('every language has its measured tallest page, and the frame is taller than it at every width', () => {
  for (const code of LANGUAGE_CODES) {
    const [narrow, wide] = TALLEST[code]!;
    expect(narrow, code).toBeGreaterThanOrEqual(wide);
    expect(frameHeight(320, code), code).toBeGreaterThanOrEqual(narrow);
    expect(frameHeight(1024, code), code).toBeGreaterThanOrEqual(wide);
    // As tight as the measurements allow: never 1.5 times the tallest page.
    expect(frameHeight(320, code), code).toBeLessThan(1.5 * narrow);
    expect(frameHeight(1024, code), code).toBeLessThan(1.5 * wide);
  }
});

test('the height depends on the width alone, in a given language: narrower frames are taller', () => {
  for (const code of ['en', 'ta', 'ar']) {
    const heights = [320, 360, 400, 480, 600, 768, 1024].map((w) => frameHeight(w, code));
    expect(heights).toEqual([...heights].sort((a, b) => b - a));
    for (const h of heights) expect(h % HEIGHT_STEP).toBe(0);
    // Frames narrower than the narrowest measured, or wider than the page, change nothing.
    expect(frameHeight(200, code)).toBe(frameHeight(320, code));
    expect(frameHeight(4000, code)).toBe(frameHeight(1024, code));
  }
  // A language the guide does not know, or a nonsense width, still gives a finite height.
  expect(frameHeight(360, 'xx')).toBeGreaterThanOrEqual(frameHeight(360, 'ta'));
  expect(Number.isFinite(frameHeight(Number.NaN, 'en'))).toBe(true);
});

test.each([
  null,
  'nhs-charges-helper:resize',
  { type: 'nhs-charges-helper:resize', version: 2, height: 10, kind: 'question' },
  { type: 'nhs-charges-helper:resize', version: 1, height: '10', kind: 'question' },
  { type: 'nhs-charges-helper:resize', version: 1, height: Infinity, kind: 'question' },
  { type: 'nhs-charges-helper:resize', version: 1, height: -1, kind: 'question' },
  { type: 'nhs-charges-helper:resize', version: 1, height: 10, kind: 'answer' },
  { type: 'nhs-charges-helper:resize', version: 1, height: 10, kind: 'question', status: 'asylum' },
])('rejects %j', (data) => {
  expect(isResizeMessage(data)).toBe(false);
});

test('the host script accepts exactly the messages the app sends', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const script = readFileSync(join(__dirname, '../../public/embed.js'), 'utf8');
  expect(script).toContain("'nhs-charges-helper:resize'");
  expect(script).toContain('event.source === frame.contentWindow && event.origin === originOf(frame)');
  expect(script.length).toBeLessThan(4096);
});
