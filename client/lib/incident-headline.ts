import { type CommunicationReport, ackDelayText, surgeSummary } from '../../shared/communication';
import type { Incident } from '../../shared/incident';
import { formatCount, formatSentiment, formatShare } from './format';
import { formatMinutes, formatRatio, incidentDurationMs, normalPerMinute } from './incident-format';

export type FigureTone = 'good' | 'warning' | 'bad' | 'neutral';

/** One headline number for the report: what it is, the value, and a short note on what it is measured against. */
export type Figure = { id: string; label: string; value: string; note: string; tone: FigureTone };

const NO_COMM = 'Not measured yet';

/** The outage itself: how long, how big, how many people, how angry. */
export function impactFigures(incident: Incident, nowMs: number): Figure[] {
  const normal = normalPerMinute(incident);
  const worst = incident.sentiment.worst;
  const baseline = incident.sentiment.baseline;
  const durationMs = incidentDurationMs(incident, nowMs);
  return [
    {
      id: 'duration',
      label: incident.endAt === null ? 'Open for' : 'Duration',
      value: formatMinutes(durationMs / 60_000),
      note: incident.endAt === null ? 'still open' : 'from the first excess to the end',
      tone: 'neutral',
    },
    {
      id: 'peak',
      label: 'Peak vs normal',
      value: formatRatio(incident.peakRatio),
      note: `${formatCount(incident.peakComplaintsPerMinute)} complaints/min vs ${formatCount(normal)} normal`,
      tone: incident.peakRatio >= 10 ? 'bad' : 'warning',
    },
    {
      id: 'excess',
      label: 'Excess complaints',
      value: formatCount(incident.excessComplaints),
      note: `${formatCount(incident.complaints)} complaints in all`,
      tone: 'neutral',
    },
    {
      id: 'people',
      label: 'People affected',
      value: formatCount(incident.uniqueAuthors),
      note: 'distinct people who complained',
      tone: 'neutral',
    },
    {
      id: 'sentiment',
      label: 'Worst sentiment',
      value: formatSentiment(worst?.meanSentiment),
      note: worst
        ? `${formatShare(worst.negativeShare)} negative (usually ${formatShare(baseline.negativeShare)})`
        : 'too few posts to measure',
      tone: (worst?.meanSentiment ?? 0) < -0.3 ? 'bad' : 'neutral',
    },
  ];
}

const COMM_LABELS = {
  ack: 'Time to acknowledge',
  silence: 'Longest silence',
  calming: 'Statements that calmed',
  backfired: 'Statements that backfired',
  wave: 'Second wave',
  harm: 'Harm posts',
} as const;
const COMM_IDS = Object.keys(COMM_LABELS) as (keyof typeof COMM_LABELS)[];

const late = (value: number | null, target: number): FigureTone =>
  value === null ? 'bad' : value > target ? 'bad' : value > 0.75 * target ? 'warning' : 'good';

/** How the company communicated; every figure reads "not measured" until the server provides them. */
export function communicationFigures(comm: CommunicationReport | null): Figure[] {
  if (comm === null) {
    return COMM_IDS.map((id) => ({
      id,
      label: COMM_LABELS[id],
      value: '–',
      note: NO_COMM,
      tone: 'neutral' as const,
    }));
  }
  const f = comm.scorecard.figures;
  // A second wave counts when complaints about the communication itself surged (as in the server's
  // headline); a surge that only follows the outage's own complaints is mentioned, not counted.
  // The same summary the server's headline and the chart's shading use: one truth per figure.
  const surge = surgeSummary(comm.waves);
  return [
    {
      id: 'ack',
      label: COMM_LABELS.ack,
      // Never "None" while it can still happen: "not yet, 12 min, target 30" until the incident ends.
      value: f.ackDelayMin === null ? ackDelayText(comm.ack) : formatMinutes(f.ackDelayMin),
      note: `target ${formatMinutes(f.ackTargetMin)}`,
      tone: comm.scorecard.pending ? 'warning' : late(f.ackDelayMin, f.ackTargetMin),
    },
    {
      id: 'silence',
      label: COMM_LABELS.silence,
      value: formatMinutes(f.longestSilenceMin),
      note: `target: an update every ${formatMinutes(f.updateTargetMin)}`,
      tone: f.longestSilenceMin === null ? 'neutral' : late(f.longestSilenceMin, f.updateTargetMin),
    },
    {
      id: 'calming',
      label: COMM_LABELS.calming,
      value: formatCount(f.calming),
      note: `of ${f.statements} statement${f.statements === 1 ? '' : 's'}`,
      tone: f.calming > 0 ? 'good' : 'neutral',
    },
    {
      id: 'backfired',
      label: COMM_LABELS.backfired,
      value: formatCount(f.backfired),
      note: 'complaints or anger rose after them',
      tone: f.backfired > 0 ? 'bad' : 'good',
    },
    {
      id: 'wave',
      label: COMM_LABELS.wave,
      value: surge.label,
      note:
        surge.kind === 'second-wave'
          ? `complaints about the communication, ${formatMinutes(surge.wave?.minutesAfterIncidentStart ?? 0)} in`
          : surge.kind === 'renewed-surge'
            ? `complaints rose again ${formatMinutes(surge.wave?.minutesAfterIncidentStart ?? 0)} in, not about the communication`
            : 'no surge of complaints about the communication',
      tone: surge.kind === 'second-wave' ? 'bad' : surge.kind === 'renewed-surge' ? 'warning' : 'good',
    },
    {
      id: 'harm',
      label: COMM_LABELS.harm,
      value: formatCount(f.harmPosts),
      note: 'mentions of lost money, fraud or safety',
      tone: f.harmPosts > 0 ? 'warning' : 'neutral',
    },
  ];
}
