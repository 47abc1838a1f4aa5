import { type CommunicationReport, ackDelayText, gradeText, surgeSummary } from '../../shared/communication';
import type { IncidentDetail } from '../../shared/incident';
import type { Headline, IncidentReport } from '../../shared/report';
import { toIso } from '../../shared/time';

export function headline(incident: IncidentDetail, comm: CommunicationReport): Headline {
  const worst = incident.sentiment.worst;
  return {
    durationMin: Math.round(incident.durationMs / 60_000),
    peakRatio: incident.peakRatio,
    peakComplaintsPerMinute: incident.peakComplaintsPerMinute,
    excessComplaints: Math.round(incident.excessComplaints),
    peopleAffected: incident.uniqueAuthors,
    worstNegativeShare: worst?.negativeShare ?? null,
    worstMeanSentiment: worst?.meanSentiment ?? null,
    ackDelayMin: comm.ack.ackDelayMin,
    ackText: ackDelayText(comm.ack),
    longestSilenceMin: comm.ack.cadence.longestGapMin,
    calming: comm.impacts.filter((i) => i.verdict === 'calming').length,
    backfired: comm.impacts.filter((i) => i.verdict === 'backfired').length,
    secondWave: comm.waves.some((w) => w.failure),
    surge: surgeSummary(comm.waves).kind,
    surgeLabel: surgeSummary(comm.waves).label,
    harmPosts: comm.harm.count,
    grade: comm.scorecard.grade,
    gradeText: gradeText(comm.scorecard),
    routinePosts: comm.routine.length,
    verdict: comm.scorecard.verdict,
  };
}

export function buildReport(
  brandName: string,
  incident: IncidentDetail,
  comm: CommunicationReport,
  now: number,
): IncidentReport {
  return {
    generatedAt: toIso(now),
    brandName,
    incident,
    headline: headline(incident, comm),
    communication: comm,
  };
}
