import { expect, test } from 'vitest';
import { contactsOf } from '../../src/organisations/contacts';
import { ORGANISATIONS } from '../../src/organisations/data';

const org = (id: string) => ORGANISATIONS.find((o) => o.id === id)!;

test('every way to reach an organisation becomes one contact with the link a phone can follow', () => {
  const helpline = contactsOf(org('ni-domestic-sexual-abuse-helpline'));
  expect(helpline.map((c) => [c.kind, c.href])).toEqual([
    ['phone', 'tel:+448088021414'],
    ['text', 'sms:+447797805839'],
  ]);
  expect(helpline[0].free).toBe(true);
  expect(contactsOf(org('docs-not-cops'))).toEqual([expect.objectContaining({ kind: 'email', href: 'mailto:docsnotcops@gmail.com' })]);
  expect(contactsOf(org('medical-justice')).find((c) => c.kind === 'phone')?.referral).toBe(true);
  const walkIn = contactsOf(org('bristol-refugee-rights')).find((c) => c.kind === 'walkIn');
  expect(walkIn?.href).toBeUndefined();
});
