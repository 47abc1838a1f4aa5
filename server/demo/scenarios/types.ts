import type { DemoBrand } from '../brands';

/**
 * A scenario is a scripted incident story placed at a start time: waves of posts whose rate follows a
 * curve, single scripted posts (official statements, a distressed customer), and the ground truth a
 * correct analysis must recover. Everything is relative to the start, in minutes.
 */

/** Rate of a wave per minute: ramp up from `fromMin`, hold, then halve every `decayMin` after `toMin`. */
export type Curve = {
  fromMin: number;
  toMin: number;
  /** Posts per minute at full strength. */
  peak: number;
  rampMin: number;
  decayMin: number;
  /** Multiply the rate by `factor` from `atMin` on (the effect of a statement, a relapse...). */
  steps?: readonly { atMin: number; factor: number }[];
};

export type Wave = {
  key: string;
  curve: Curve;
  /** Phrase banks and their weights. */
  mix: readonly { bank: readonly string[]; weight: number }[];
  /** These posts reply to / quote the scripted post with this key. */
  replyTo?: string;
  /** Reshares per post: up to this many (skewed towards few). */
  maxShares?: number;
};

/** Who writes a scripted post: the brand's main voice, its help desk handle, or a customer. */
export type Speaker = 'voice' | 'help' | 'customer';

export type ScriptedPost = {
  key: string;
  /** Minutes (may be fractional) after the start. */
  atMin: number;
  text: string;
  by: Speaker;
  replyTo?: string;
  shares?: number;
};

export type Script = { durationMin: number; posts: readonly ScriptedPost[]; waves: readonly Wave[] };

export type ScenarioTruth = {
  /** Whether a complaint incident must open at all (false for the control). */
  incident: boolean;
  /** Minutes from the outage start to the first statement. */
  ackDelayMin: number | null;
  /** Longest gap between statements (and from the last to the end of the outage). */
  longestSilenceMin: number | null;
  /** Keys of the official posts whose effect is known. */
  backfired: readonly string[];
  calming: readonly string[];
  /** The surge of complaints about communication, and the post that set it off. */
  secondWave: { startMin: number; precededBy: string | null } | null;
  missedPromises: readonly string[];
  keptPromises: readonly string[];
  contradictedFixClaims: readonly string[];
  heldFixClaims: readonly string[];
  /** Key of the hardship post that must top the "most shared" triage list, if any. */
  topHarmPost: string | null;
  /** Keys of the official posts that are marketing or routine: never statements. */
  routine?: readonly string[];
  /** The account says nothing about the incident: no grade while open before the target. */
  silent?: boolean;
};

export type Scenario = {
  id: string;
  title: string;
  /** The demo brand it is told about by default. */
  brandId: string;
  script: (ctx: { brand: DemoBrand; start: number }) => Script;
  truth: ScenarioTruth;
};

/** A scenario placed in time for one brand (what the demo and the tests generate posts from). */
export type Placement = { scenario: Scenario; brand: string; start: number };
