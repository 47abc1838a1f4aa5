import { describe, expect, it } from 'vitest';
import { communicationFigures } from '../../../client/lib/incident-headline';
import { waveSpans } from '../../../client/lib/incident-timeline';
import { type CommWave, SURGE_LABELS, surgeKind } from '../../../shared/communication';
import type { IncidentDetail } from '../../../shared/incident';
import { communicationScorecard } from '../../../server/detect/communication';
import { headline } from '../../../server/incidents/report';
import { reportMarkdown } from '../../../server/incidents/report-md';
import { buildReport } from '../../../server/incidents/report';
import type { CommunicationReport } from '../../../shared/communication';

/**
 * One truth per figure: the report's headline (server), the headline figures the page draws (client),
 * the chart's wave shading labels, the scorecard's findings and the Markdown all come from the same wave
 * objects, so a shaded "Renewed surge" never sits beside "Second wave: No".
 */
const wave = (failure: boolean): CommWave => ({
  startAt: '2026-03-09T16:40:00.000Z',
  alertAt: '2026-03-09T16:45:00.000Z',
  trigger: 'reopen',
  minutesAfterIncidentStart: 100,
  complaints: 20,
  share: 0.1,
  usualShare: 0.08,
  failure,
  precededBy: null,
  minutesAfterStatement: null,
  referredTo: null,
  references: 0,
});

const ack = {
  startAt: '2026-03-09T15:00:00.000Z',
  endAt: '2026-03-09T18:00:00.000Z',
  asOf: '2026-03-09T18:00:00.000Z',
  firstAck: null,
  ackDelayMin: 20,
  firstReplyAck: null,
  replyAckDelayMin: null,
  ackTargetMin: 30,
  ackLate: false,
  cadence: {
    statements: 1,
    replies: 0,
    routine: 0,
    unknown: 0,
    gapsMin: [40],
    medianGapMin: 40,
    longestGapMin: 40,
    longestGapFrom: null,
    longestGapTo: null,
  },
  meter: null,
};

function comm(waves: CommWave[]): CommunicationReport {
  const harm = { count: 0, newest: [], mostShared: [] };
  const base = { ack, impacts: [], waves, promises: [], fixClaims: [], harm, routine: [] };
  return { ...base, scorecard: communicationScorecard(base) };
}

const incident = {
  id: 'i1',
  startAt: ack.startAt,
  endAt: ack.endAt,
  durationMs: 3 * 3_600_000,
  peakRatio: 10,
  peakComplaintsPerMinute: 5,
  excessComplaints: 100,
  uniqueAuthors: 50,
  sentiment: { worst: null, baseline: { negativeShare: null } },
  categories: [],
  terms: [],
} as unknown as IncidentDetail;

describe.each([
  ['a renewed surge', [wave(false)], 'Renewed surge'],
  ['a second wave', [wave(false), wave(true)], 'Second wave'],
  ['no wave', [], 'None'],
])('with %s', (_, waves, label) => {
  const c = comm(waves);
  it('says the same in the headline, the page figures, the chart shading, the scorecard and the Markdown', () => {
    const h = headline(incident, c);
    const figure = communicationFigures(c).find((f) => f.id === 'wave');
    const shaded = waveSpans(c.waves).map((w) => SURGE_LABELS[surgeKind(w)]);
    expect(h.surgeLabel).toBe(label);
    expect(figure?.value).toBe(label);
    if (label !== 'None') expect(shaded).toContain(label);
    else expect(shaded).toEqual([]);
    expect(h.secondWave).toBe(label === 'Second wave');
    const text = c.scorecard.findings.join(' ');
    if (label === 'Renewed surge') expect(text).toContain('Renewed surge of complaints at 16:40 UTC');
    if (label === 'None') expect(text).not.toMatch(/surge/i);
    const md = reportMarkdown(buildReport('Acme', incident, c, Date.parse(ack.endAt)));
    expect(md).toContain(`| Second wave / renewed surge | ${label} |`);
  });
});
