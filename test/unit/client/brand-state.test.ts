import { describe, expect, it } from 'vitest';
import type { BrandOverview, BrandState } from '../../../shared/overview';
import { pickDefaultBrand, stateSummary } from '../../../client/lib/brand-state';

const brand = (id: string, state: BrandState, over: Partial<BrandOverview> = {}): BrandOverview => ({
  id,
  name: id,
  keywords: [],
  officialHandles: [],
  createdAt: '2026-03-01T00:00:00Z',
  state,
  postsLastHour: 10,
  complaintsLastHour: 2,
  expectedLastHour: 2,
  negativeShareLastHour: 0.2,
  lastPostAt: null,
  ...over,
});

describe('pickDefaultBrand', () => {
  it('opens on the most severe brand, the first one on ties', () => {
    expect(pickDefaultBrand([brand('a', 'normal'), brand('b', 'elevated'), brand('c', 'elevated')])?.id).toBe(
      'b',
    );
    expect(pickDefaultBrand([brand('a', 'quiet'), brand('b', 'incident')])?.id).toBe('b');
    expect(pickDefaultBrand([])).toBeNull();
  });
});

describe('stateSummary', () => {
  it('states the multiple only when the brand is flagged', () => {
    const flagged = stateSummary(brand('a', 'incident', { complaintsLastHour: 40, expectedLastHour: 8 }));
    expect(flagged.detail).toBe('40 complaints/h over the last hour, 5.0× the 8 expected.');
    const calm = stateSummary(brand('a', 'normal', { complaintsLastHour: 12, expectedLastHour: 1.3 }));
    expect(calm.detail).toBe('12 complaints/h over the last hour; about 1.3 expected.');
    expect(calm.headline).toMatch(/expected range/);
  });

  it('says when there is no baseline yet', () => {
    expect(stateSummary(brand('a', 'quiet', { complaintsLastHour: 1, expectedLastHour: null })).detail).toBe(
      '1 complaint/h over the last hour (no baseline yet).',
    );
  });
});
