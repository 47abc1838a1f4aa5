import {
  type AckClock,
  type CommTargets,
  CommTargetsSchema,
  type CommWave,
  type FixClaimCheck,
  type Grade,
  type HarmTriage,
  type PromiseCheck,
  type RoutineDuring,
  type Scorecard,
  type StatementImpact,
} from '../../../shared/communication';
import { formatClock, formatMinutes, plural, quote } from './format';

export type ScorecardInput = {
  ack: AckClock;
  impacts: readonly StatementImpact[];
  waves: readonly CommWave[];
  promises: readonly PromiseCheck[];
  fixClaims: readonly FixClaimCheck[];
  harm: HarmTriage;
  /** Routine and marketing posts while the incident was open. */
  routine?: readonly RoutineDuring[];
  targets?: Partial<CommTargets>;
};

/** Penalty for being `x` against a target `t`: 0 on time, then `step` per doubling, capped. */
const latePenalty = (x: number, t: number, step: number, cap: number): number =>
  x <= t ? 0 : Math.min(cap, step * Math.ceil(Math.log2(x / t) + 1e-9));

export function gradeFor(points: number): Grade {
  if (points >= 90) return 'A';
  if (points >= 75) return 'B';
  if (points >= 60) return 'C';
  if (points >= 40) return 'D';
  return 'F';
}

const list = (items: readonly string[]): string => items.join('; ');

/**
 * The communication scorecard: figures, a plain-language verdict and a grade. Points start at 100;
 * penalties: late acknowledgement 10 per doubling of the target (max 30, 30 if never), longest silence
 * 10 per doubling (max 20), 15 per backfired statement (max 30), 15 per communication failure (max 30),
 * 10 per missed promise (max 20), 15 per contradicted fix claim (max 30), 5 per routine or marketing post
 * during the incident (max 10); +5 per calming statement (max 10). No grade (`pending`) for an open
 * incident with no statement before the acknowledgement target has passed.
 */
export function communicationScorecard(input: ScorecardInput): Scorecard {
  const targets = CommTargetsSchema.parse(input.targets ?? {});
  const { ack } = input;
  const findings: string[] = [];
  let points = 100;

  const elapsed = (Date.parse(ack.asOf) - Date.parse(ack.startAt)) / 60_000;
  // No letter grade while the acknowledgement can still come in time: an open incident, no statement.
  const pending =
    ack.endAt === null && ack.ackDelayMin === null && elapsed < ack.ackTargetMin
      ? { sinceMin: Math.round(elapsed * 10) / 10, targetMin: ack.ackTargetMin }
      : null;
  if (ack.ackDelayMin !== null) {
    findings.push(`Acknowledged after ${Math.round(ack.ackDelayMin)} min (target ${ack.ackTargetMin}).`);
    points -= latePenalty(ack.ackDelayMin, ack.ackTargetMin, 10, 30);
  } else if (pending) {
    findings.push(`Not yet acknowledged: ${formatMinutes(elapsed)} in (target ${ack.ackTargetMin}).`);
  } else {
    const what = ack.endAt === null ? 'No statement yet after' : 'Never acknowledged in';
    findings.push(`${what} ${formatMinutes(elapsed)} (target ${ack.ackTargetMin}).`);
    // Silence from the start is also the longest silence.
    points -= 30 + latePenalty(elapsed, targets.updateEveryMin, 10, 20);
  }
  const routine = input.routine ?? [];
  const firstRoutine = routine[0];
  if (firstRoutine) {
    const which = `${quote(firstRoutine.post.text, 60)} (${formatClock(firstRoutine.post.at)})`;
    const into = `${formatMinutes(firstRoutine.minutesIn)} into the outage`;
    findings.push(
      routine.length === 1
        ? `A promotional or routine post ${into}: ${which}.`
        : `${routine.length} promotional or routine posts during the outage, the first ${into}: ${which}.`,
    );
    points -= Math.min(10, 5 * routine.length);
  }

  const longest = ack.cadence.longestGapMin;
  if (longest !== null && ack.cadence.statements > 0) {
    if (longest > targets.updateEveryMin) {
      findings.push(`Longest silence ${formatMinutes(longest)} (target ${targets.updateEveryMin}).`);
      points -= latePenalty(longest, targets.updateEveryMin, 10, 20);
    } else if (ack.cadence.statements > 1)
      findings.push(`Updated at least every ${formatMinutes(longest)} (target ${targets.updateEveryMin}).`);
    else
      findings.push(
        `One statement so far, ${formatMinutes(longest)} ago (target ${targets.updateEveryMin}).`,
      );
  }
  if (ack.meter && ack.meter.state !== 'ok') {
    const what = ack.meter.phase === 'acknowledgement' ? 'since the start' : 'since the last update';
    findings.push(`${formatMinutes(ack.meter.sinceMin)} ${what}: ${ack.meter.state}.`);
  }

  const backfired = input.impacts.filter((i) => i.verdict === 'backfired');
  const calming = input.impacts.filter((i) => i.verdict === 'calming');
  if (backfired.length > 0) {
    const which = backfired.map((i) => `${quote(i.statement.text)} (${formatClock(i.statement.at)})`);
    findings.push(`${plural(backfired.length, 'statement')} backfired: ${list(which)}.`);
    points -= Math.min(30, 15 * backfired.length);
  }
  if (calming.length > 0) {
    findings.push(`${plural(calming.length, 'statement')} calmed the conversation.`);
    points += Math.min(10, 5 * calming.length);
  }

  const failures = input.waves.filter((w) => w.failure);
  for (const w of failures) {
    const after = w.precededBy
      ? `${Math.max(0, Math.round(w.minutesAfterStatement ?? 0))} min after ${quote(w.precededBy.text, 50)}`
      : 'with no statement before it';
    findings.push(`Complaints about communication surged at ${formatClock(w.startAt)}, ${after}.`);
  }
  points -= Math.min(30, 15 * failures.length);
  // Shaded on the chart as a renewed surge: said here too, so the scorecard and the chart agree (no penalty).
  const renewed = failures.length === 0 ? input.waves[0] : undefined;
  if (renewed)
    findings.push(
      `Renewed surge of complaints at ${formatClock(renewed.startAt)}, not about the communication.`,
    );

  const missed = input.promises.filter((p) => p.state === 'missed');
  if (missed.length > 0) {
    const which = missed.map(
      (p) =>
        `"${p.phrase}" (${p.lateByMin === null ? 'no statement since' : `the next statement came ${Math.round(p.lateByMin)} min late`})`,
    );
    findings.push(`${plural(missed.length, 'promise')} missed: ${list(which)}.`);
    points -= Math.min(20, 10 * missed.length);
  }
  const contradicted = input.fixClaims.filter((c) => c.state === 'contradicted');
  for (const c of contradicted) {
    const later = Math.max(0, Math.round(c.minutesAfterClaim ?? 0));
    findings.push(
      `Claimed fixed at ${formatClock(c.statement.at)} (${quote(c.statement.text, 50)}), but complaints continued ${later} min later.`,
    );
  }
  points -= Math.min(30, 15 * contradicted.length);

  if (input.harm.count > 0) {
    const top = input.harm.mostShared[0];
    const example = top ? `, e.g. ${quote(top.text, 60)}` : '';
    findings.push(`${plural(input.harm.count, 'hardship post')}${example}.`);
  }

  points = Math.max(0, Math.min(100, points));
  return {
    grade: pending ? null : gradeFor(points),
    pending,
    points: pending ? null : points,
    verdict: findings.join(' '),
    findings,
    figures: {
      ackDelayMin: ack.ackDelayMin,
      ackTargetMin: ack.ackTargetMin,
      longestSilenceMin: longest,
      updateTargetMin: targets.updateEveryMin,
      statements: ack.cadence.statements,
      calming: calming.length,
      backfired: backfired.length,
      communicationFailures: failures.length,
      promisesMissed: missed.length,
      fixClaimsContradicted: contradicted.length,
      harmPosts: input.harm.count,
      routinePosts: routine.length,
    },
  };
}
