/** A bucket as the complaint charts draw it, whether it comes from a brand's series or an incident's. */
export type ComplaintRow = {
  t: number;
  complaints: number;
  expected: number | null;
  /** [low, high] for the Recharts range area; null leaves a gap where there is no baseline. */
  band: [number, number] | null;
  /** true when complaints are above the expected band: drawn in the alert colour. */
  above: boolean;
  /** The bucket is still running: drawn outlined, labelled "so far", so a rising spike does not look like it fell. */
  partial?: boolean;
};

type BandPoint = { expectedLow: number | null; expectedHigh: number | null };
type ComplaintPoint = BandPoint & { t: string; complaints: number; expected: number | null };

/** The expected range, or null while either bound is unknown. */
export const expectedBand = (p: BandPoint): [number, number] | null =>
  p.expectedLow !== null && p.expectedHigh !== null ? [p.expectedLow, p.expectedHigh] : null;

export function toComplaintRow(p: ComplaintPoint): ComplaintRow {
  const band = expectedBand(p);
  return {
    t: Date.parse(p.t),
    complaints: p.complaints,
    expected: p.expected,
    band,
    above: band !== null && p.complaints > band[1],
  };
}
