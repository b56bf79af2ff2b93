import { expect, test } from 'vitest';
import { isResizeMessage, kindForHost, resizeMessage } from '../../src/embed/messages';

test('a resize message holds the type, version, height and kind, and nothing else', () => {
  const message = resizeMessage(811.2, kindForHost('status'));
  expect(message).toEqual({ type: 'nhs-charges-helper:resize', version: 1, height: 812, kind: 'question' });
  expect(isResizeMessage(message)).toBe(true);
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
