import { describe, expect, it } from 'vitest';
import { dayRuns, hoursText } from '../../src/organisations/hours';

describe('opening hours in the reader’s language', () => {
  it('groups consecutive days', () => {
    expect(dayRuns(['mon', 'tue', 'wed', 'fri'])).toEqual([
      ['mon', 'wed'],
      ['fri', 'fri'],
    ]);
  });

  it('names days and times with Intl, in English and in Arabic', () => {
    expect(hoursText({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '10:00', to: '12:00' }, 'en-GB')).toEqual({
      days: { everyDay: false, runs: [['Monday', 'Friday']] },
      times: ['10:00', '12:00'],
    });
    const ar = hoursText({ days: ['sat'], from: '09:30', to: '13:00' }, 'ar-u-nu-latn');
    expect(ar.days).toEqual({ everyDay: false, runs: [['السبت']] });
    expect(ar.times![0]).toMatch(/9:30/);
  });

  it('says every day, and no times for a 24-hour line', () => {
    expect(hoursText({ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }, 'en-GB')).toEqual({ days: { everyDay: true }, times: undefined });
  });
});
