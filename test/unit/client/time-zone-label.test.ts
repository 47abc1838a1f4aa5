import { describe, expect, it } from 'vitest';
import { timeZoneLabel } from '../../../client/lib/format';

describe('timeZoneLabel', () => {
  it('names the zone and its offset on that date, so a printed report says what its times mean', () => {
    expect(timeZoneLabel(Date.UTC(2026, 0, 15), 'Europe/Oslo')).toBe('Europe/Oslo, UTC+1');
    expect(timeZoneLabel(Date.UTC(2026, 6, 15), 'Europe/Oslo')).toBe('Europe/Oslo, UTC+2');
    expect(timeZoneLabel(Date.UTC(2026, 0, 15), 'UTC')).toBe('UTC');
    expect(timeZoneLabel(Date.UTC(2026, 0, 15), 'Europe/London')).toBe('Europe/London, UTC');
  });
});
