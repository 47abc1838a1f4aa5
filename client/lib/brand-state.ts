import type { BrandOverview, BrandState } from '../../shared/overview';

export const STATE_LABELS: Record<BrandState, string> = {
  quiet: 'Quiet',
  normal: 'Normal',
  elevated: 'Elevated',
  incident: 'Incident',
};

const SEVERITY: Record<BrandState, number> = { quiet: 0, normal: 1, elevated: 2, incident: 3 };

/** The brand most worth looking at when none is chosen: the most severe state, first on ties. */
export function pickDefaultBrand(brands: readonly BrandOverview[]): BrandOverview | null {
  let best: BrandOverview | null = null;
  for (const brand of brands) {
    if (best === null || SEVERITY[brand.state] > SEVERITY[best.state]) best = brand;
  }
  return best;
}

/** "12 vs 3 expected" style comparison; null expected means there is no baseline yet. */
export function complaintsVsExpected(brand: BrandOverview): {
  actual: number;
  expected: number | null;
  ratio: number | null;
} {
  const expected = brand.expectedLastHour;
  const ratio = expected !== null && expected > 0 ? brand.complaintsLastHour / expected : null;
  return { actual: brand.complaintsLastHour, expected, ratio };
}

const STATE_SENTENCES: Record<BrandState, string> = {
  quiet: 'Very little is being said about this brand right now.',
  normal: 'Complaints are within the expected range.',
  elevated: 'Complaints are above the expected range. Worth watching.',
  incident: 'Complaints are far above the expected range: a likely incident.',
};

/** One calm sentence for the banner, plus the numbers behind it. */
export function stateSummary(brand: BrandOverview): { headline: string; detail: string } {
  const { actual, expected, ratio } = complaintsVsExpected(brand);
  const complaints = `${actual} complaint${actual === 1 ? '' : 's'}/h over the last hour`;
  let versus = ' (no baseline yet)';
  if (expected !== null) {
    const rounded = expected < 10 ? Math.round(expected * 10) / 10 : Math.round(expected);
    // The multiple is only said when the server also calls it unusual; otherwise it reads as an alarm.
    const alarming =
      (brand.state === 'elevated' || brand.state === 'incident') && ratio !== null && ratio >= 1.5;
    versus = alarming ? `, ${ratio.toFixed(1)}× the ${rounded} expected` : `; about ${rounded} expected`;
  }
  return { headline: STATE_SENTENCES[brand.state], detail: `${complaints}${versus}.` };
}
