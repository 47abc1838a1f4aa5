import type { IncidentRole, OfficialKind } from '../../../shared/communication';

/** Inputs of the communication metrics. Times are epoch milliseconds; nothing here reads a clock. */

/** A post by one of the brand's official handles. */
export type OfficialPost = {
  source: string;
  id: string;
  author: string;
  t: number;
  text: string;
  /** id (same source) of the post it replies to or quotes, or null. */
  replyTo: string | null;
  /** The scorer's language and whether it read it (absent: judged from the script). */
  lang?: string;
  scored?: boolean;
};

/** An official post, classified (classify.ts): its kind, what it does, and why. */
export type ClassifiedOfficial = OfficialPost & {
  kind: OfficialKind;
  role: IncidentRole | null;
  aboutIncident: boolean;
  why: string;
};

/** Any other post about the brand, with the scorer's verdict. */
export type PublicPost = {
  source: string;
  id: string;
  author: string;
  t: number;
  text: string;
  complaint: boolean;
  negative: boolean;
  positive: boolean;
  harm: boolean;
  categories: readonly string[];
  replyTo: string | null;
  shares: number | null;
  url: string | null;
};

/** The incident being analysed; `endT` is null while it is open. */
export type IncidentSpan = { startT: number; endT: number | null };

/** One bucket of the brand's complaint series with the detector's expected count for it. */
export type ExpectedPoint = { t: number; value: number; expected: number };

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

/** Minutes between two instants, to one decimal. */
export const minutesBetween = (from: number, to: number): number => Math.round((to - from) / 6_000) / 10;
