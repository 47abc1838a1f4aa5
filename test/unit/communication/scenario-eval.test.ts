import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../../server/demo/scenarios/index';
import { evaluateScenario } from '../../../server/demo/scenarios/evaluate';
import { createScorer } from '../../../server/scoring';

/**
 * The targets on the scenario library, measured as bench:communication measures them (real
 * scorer, real detector, a week of history): acknowledgement within a minute, no marketing or routine
 * post counted as a statement, every backfiring post named and nothing else, and no letter grade on an
 * open, silent incident before its acknowledgement target.
 */
const scorer = createScorer();
const START = Date.parse('2026-03-09T15:00:00Z');

describe.each(SCENARIOS.filter((s) => s.truth.incident).map((s) => [s.id, s] as const))('%s', (_, s) => {
  it('meets the communication targets', () => {
    const r = evaluateScenario({ scenario: s, brand: s.brandId, start: START }, (t) => scorer.score(t));
    if (s.truth.ackDelayMin === null) expect(r.ackErrorMin).toBeNull();
    else expect(r.ackErrorMin).toBeLessThanOrEqual(1);
    expect(r.marketingCounted).toBe(0);
    expect(r.named.sort()).toEqual([...s.truth.backfired].sort());
    if (s.truth.silent) expect(r.openSilentGrade).toBe('pending');
  }, 60_000);
});
