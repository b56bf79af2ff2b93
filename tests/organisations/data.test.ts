/**
 * The organisation data is checkable: every record offered as a contact has a way to reach it, and
 * every contact detail says where it was read and how old that page is.
 */
import { describe, expect, it } from 'vitest';
import { ALL_ORGANISATIONS, ORGANISATIONS } from '../../src/organisations/data';
import type { Organisation, Source } from '../../src/organisations/types';
import { contactProblems } from './completeness';

/** The organisations the campaign toolkit's signposting guide names: every one stays in the data. */
const TOOLKIT = [
  'doctors-of-the-world',
  'praxis',
  'asirt',
  'maternity-action',
  'bristol-refugee-rights',
  'medical-justice',
  'medact',
  'docs-not-cops',
  'migrants-organise',
  'jcwi',
  'bristol-care-workers-network',
];

describe('organisation records', () => {
  it('are complete: a contact method for every record offered, a source for every detail', () => {
    expect(ALL_ORGANISATIONS.flatMap(contactProblems)).toEqual([]);
  });

  it('keep every organisation from the campaign toolkit', () => {
    const ids = ALL_ORGANISATIONS.map((o) => o.id);
    expect(TOOLKIT.filter((id) => !ids.includes(id))).toEqual([]);
    expect(ALL_ORGANISATIONS.filter((o) => TOOLKIT.includes(o.id)).every((o) => o.fromToolkit)).toBe(true);
  });

  it('have unique ids', () => {
    const ids = ALL_ORGANISATIONS.map((o) => o.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('never offer one reported closed', () => {
    const closed = ALL_ORGANISATIONS.filter((o) => o.withheld?.reason === 'reported-closed').map((o) => o.id);
    expect(closed).toContain('asirt');
    expect(ORGANISATIONS.filter((o) => closed.includes(o.id))).toEqual([]);
  });

  it('claim no review that did not happen: a reviewer and a date come together, or not at all', () => {
    expect(ALL_ORGANISATIONS.filter((o) => Boolean(o.reviewedBy) !== Boolean(o.reviewedOn)).map((o) => o.id)).toEqual([]);
  });
});

describe('the completeness check', () => {
  const source: Source = { url: 'https://example.org/contact', date: '2024-05-01', words: 'Call us free on 0800 123 4567, Monday to Friday.' };
  const good: Organisation = {
    id: 'example',
    name: 'Example',
    website: { url: 'https://example.org', source },
    regions: 'uk',
    needs: ['debt'],
    kind: 'service',
    phones: [{ display: '0800 123 4567', tel: '+448001234567', purpose: 'advice', free: true, source }],
    fromToolkit: false,
  };

  it('passes a good record', () => {
    expect(contactProblems(good)).toEqual([]);
  });

  it('fails a record with no contact method', () => {
    expect(contactProblems({ ...good, phones: [] })).toEqual(['example: no phone, email, web form or address']);
  });

  it('fails a contact detail with no source, or one whose source does not show it', () => {
    const { source: _s, ...unsourced } = good.phones![0];
    expect(contactProblems({ ...good, phones: [unsourced as never] })[0]).toMatch(/phone 0800 123 4567: no source/);
    expect(contactProblems({ ...good, phones: [{ ...good.phones![0], display: '0800 123 4568', tel: '+448001234568' }] })).toEqual([
      'example: phone 0800 123 4568: its source does not show this number',
    ]);
  });

  it('fails a source without a page or a date', () => {
    expect(contactProblems({ ...good, emails: [{ address: 'a@example.org', source: { ...source, date: 'recent', words: 'a@example.org' } }] })).toEqual([
      'example: email a@example.org: source date "recent" is not YYYY, YYYY-MM, YYYY-MM-DD or "undated"',
    ]);
  });

  it('fails a tel: link that is not the number shown', () => {
    expect(contactProblems({ ...good, phones: [{ ...good.phones![0], tel: '+448001234599' }] })).toEqual([
      'example: phone 0800 123 4567: tel "+448001234599" is not the number shown',
    ]);
  });
});
