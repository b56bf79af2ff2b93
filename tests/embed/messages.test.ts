import { expect, test } from 'vitest';
import { HEIGHT_STEP, isResizeMessage, kindForHost, outcomeFloor, reportedHeight, resizeMessage } from '../../src/embed/messages';

test('a resize message holds the type, version, height and kind, and nothing else', () => {
  const message = resizeMessage(811.2, kindForHost('status'));
  expect(message).toEqual({ type: 'nhs-charges-helper:resize', version: 1, height: 812, kind: 'question' });
  expect(isResizeMessage(message)).toBe(true);
});

test('a reported height is rounded up to a step, and never less than the content', () => {
  expect(reportedHeight(700, 'question', 400)).toBe(HEIGHT_STEP * 2);
  expect(reportedHeight(1024, 'question', 400)).toBe(1024);
  expect(reportedHeight(1025, 'question', 400)).toBe(1536);
  expect(reportedHeight(0, 'page', 400)).toBe(HEIGHT_STEP);
});

test('outcome pages of different lengths report the same height at a given width', () => {
  for (const width of [320, 360, 400, 768, 1024]) {
    const short = reportedHeight(1200, 'outcome', width);
    expect(reportedHeight(2400, 'outcome', width)).toBe(short);
    expect(short).toBeGreaterThanOrEqual(outcomeFloor(width));
  }
  // Narrower frames wrap text into more lines: the floor is higher.
  expect(outcomeFloor(320)).toBeGreaterThan(outcomeFloor(768));
  // A page taller than the floor is not cut short.
  expect(reportedHeight(9000, 'outcome', 400)).toBeGreaterThanOrEqual(9000);
});

test.each([
  ['result', 'outcome'],
  ['signposting', 'outcome'],
  ['supportAdvice', 'outcome'],
  ['start', 'page'],
  ['review', 'page'],
  ['billAmount', 'question'],
  ['collectors', 'question'],
] as const)('step %s is of kind %s', (step, kind) => {
  expect(kindForHost(step)).toBe(kind);
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
