/**
 * bench:communication: every scenario of the library (and, separately, the held-out scenarios that the
 * rules were never tuned on) replayed through the real scorer and detector. Per scenario and in total:
 * acknowledgement error, marketing/routine posts counted as statements, backfire precision/recall and
 * the grade, beside the naive "first official post is the acknowledgement, every post a statement,
 * the post before a second wave backfired" baseline. See docs/communication.md.
 */
import { SCENARIOS } from '../server/demo/scenarios/index';
import { type ScenarioFigures, evaluateScenario } from '../server/demo/scenarios/evaluate';
import { HELD_OUT } from '../server/demo/scenarios/held-out/index';
import type { Scenario } from '../server/demo/scenarios/types';
import { createScorer } from '../server/scoring';

const START = Date.parse('2026-03-09T15:00:00Z');
const scorer = createScorer();
const score = (text: string) => scorer.score(text);

const fmtErr = (x: number | null): string => (x === null ? '–' : Number.isFinite(x) ? x.toFixed(1) : 'miss');
const ratio = (a: number, b: number): string => (b === 0 ? '–' : (a / b).toFixed(2));
const pr = (c: { tp: number; fp: number; fn: number }) =>
  `${ratio(c.tp, c.tp + c.fp)}/${ratio(c.tp, c.tp + c.fn)}`;

function table(title: string, scenarios: readonly Scenario[]): void {
  const rows: ScenarioFigures[] = scenarios
    .filter((s) => s.truth.incident)
    .map((s) => evaluateScenario({ scenario: s, brand: s.brandId, start: START }, score));
  const sum = (f: (r: ScenarioFigures) => { tp: number; fp: number; fn: number }) =>
    rows.reduce((a, r) => ({ tp: a.tp + f(r).tp, fp: a.fp + f(r).fp, fn: a.fn + f(r).fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    });
  const maxErr = (f: (r: ScenarioFigures) => number | null) =>
    rows.reduce<number | null>((m, r) => {
      const e = f(r);
      return e === null ? m : Math.max(m ?? 0, e);
    }, null);
  console.log(`\n${title}`);
  console.log(
    '| scenario | ack error min (ours / baseline) | marketing as statements (ours / baseline) | backfire P/R (ours / baseline) | grade | open & silent at 20 min |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.id} | ${fmtErr(r.ackErrorMin)} / ${fmtErr(r.baselineAckErrorMin)} | ${r.marketingCounted} / ${r.baselineMarketingCounted} | ${pr(r.backfire)} / ${pr(r.baselineBackfire)} | ${r.grade} | ${r.openSilentGrade ?? '–'} |`,
    );
  }
  console.log(
    `| **total** | max ${fmtErr(maxErr((r) => r.ackErrorMin))} / max ${fmtErr(maxErr((r) => r.baselineAckErrorMin))} | ${rows.reduce((s, r) => s + r.marketingCounted, 0)} / ${rows.reduce((s, r) => s + r.baselineMarketingCounted, 0)} | ${pr(sum((r) => r.backfire))} / ${pr(sum((r) => r.baselineBackfire))} | | |`,
  );
  for (const r of rows)
    if (r.named.length > 0) console.log(`  ${r.id}: named backfired: ${r.named.join(', ')}`);
}

const t0 = performance.now();
table('Scenario library (the rules were written against these)', SCENARIOS);
table('Held-out scenarios (different wording, never tuned on)', HELD_OUT);
console.log(
  `\nP/R: precision/recall of the posts named backfired; "–" where undefined (nothing named, nothing to find).`,
);
console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
