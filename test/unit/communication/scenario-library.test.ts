import { describe, expect, it } from 'vitest';
import type { PostInputRaw } from '../../../shared/post';
import { DEMO_BRANDS, type DemoBrand } from '../../../server/demo/brands';
import { generateDemoPosts } from '../../../server/demo/generate';
import { demoOutages } from '../../../server/demo/scenarios';
import {
  SCENARIOS,
  type Placement,
  curveRate,
  postId,
  scenarioById,
} from '../../../server/demo/scenarios/index';
import { normaliseHandle } from '../../../server/ingest/match';

const HOUR = 3_600_000;
const START = Date.parse('2026-03-09T15:00:00Z');

const brandOf = (id: string): DemoBrand => {
  const b = DEMO_BRANDS.find((x) => x.id === id);
  if (!b) throw new Error(`no demo brand ${id}`);
  return b;
};
const placed = (id: string): Placement => {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return { scenario, brand: scenario.brandId, start: START };
};
const key = (p: PostInputRaw) => `${p.id}|${p.author}|${p.text}|${String(p.createdAt)}|${p.replyTo ?? ''}`;

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('scenario %s', (id, scenario) => {
  const p = placed(id);
  const brand = brandOf(scenario.brandId);
  const script = scenario.script({ brand, start: START });
  const posts = generateDemoPosts(brand, [p], START - HOUR, START + 6 * HOUR);

  it('is deterministic and does not depend on how time is chunked', () => {
    const again = generateDemoPosts(brand, [p], START - HOUR, START + 6 * HOUR);
    expect(again.map(key)).toEqual(posts.map(key));
    const chunked: PostInputRaw[] = [];
    for (let t = START - HOUR; t < START + 6 * HOUR; t += 7 * 60_000) {
      chunked.push(...generateDemoPosts(brand, [p], t, Math.min(t + 7 * 60_000, START + 6 * HOUR)));
    }
    expect(chunked.map(key)).toEqual(posts.map(key));
    expect(new Set(posts.map((x) => x.id)).size).toBe(posts.length);
  });

  it('varies its wording', () => {
    const extra = posts.filter((x) => String(x.id).startsWith(postId(p, '')));
    expect(new Set(extra.map((x) => x.text)).size).toBeGreaterThan(Math.min(20, extra.length / 4));
  });

  it('has official posts by the brand handles and replies pointing at real posts', () => {
    const handles = new Set(brand.officialHandles.map(normaliseHandle));
    const ids = new Set(posts.map((x) => x.id));
    for (const s of script.posts) {
      const post = posts.find((x) => x.id === postId(p, s.key));
      expect(post, s.key).toBeDefined();
      expect(handles.has(normaliseHandle(post?.author ?? ''))).toBe(s.by !== 'customer');
    }
    for (const x of posts) if (x.replyTo) expect(ids.has(x.replyTo), String(x.id)).toBe(true);
  });

  it('names only posts of its script in its truth', () => {
    const keys = new Set(script.posts.map((s) => s.key));
    const t = scenario.truth;
    const named = [
      ...t.backfired,
      ...t.calming,
      ...t.missedPromises,
      ...t.keptPromises,
      ...t.contradictedFixClaims,
      ...t.heldFixClaims,
      ...(t.secondWave?.precededBy ? [t.secondWave.precededBy] : []),
      ...(t.topHarmPost ? [t.topHarmPost] : []),
      ...(t.routine ?? []),
    ];
    for (const k of named) expect(keys.has(k), k).toBe(true);
    if (t.ackDelayMin !== null) {
      const routine = new Set(t.routine ?? []);
      const first = script.posts
        .filter((s) => s.by === 'voice' && !routine.has(s.key))
        .sort((a, b) => a.atMin - b.atMin)[0];
      expect(Math.floor(first?.atMin ?? -1)).toBe(t.ackDelayMin);
    }
  });
});

describe('curveRate', () => {
  const c = { fromMin: 10, toMin: 30, peak: 6, rampMin: 3, decayMin: 5, steps: [{ atMin: 20, factor: 0.5 }] };
  it.each([
    [9, 0],
    [10, 2],
    [12, 6],
    [19, 6],
    [20, 3],
    [35, 1.5],
    [200, 0],
  ])('at %i min: %d/min', (k, rate) => {
    expect(curveRate(c, k)).toBeCloseTo(rate, 6);
  });
});

describe('demo placements', () => {
  it('place library scenarios on demo brands, the live one two minutes after start-up', () => {
    const startedAt = Date.parse('2026-03-09T10:00:30Z');
    const placements = demoOutages(startedAt - 3 * 86_400_000, startedAt);
    for (const pl of placements) {
      expect(SCENARIOS).toContain(pl.scenario);
      expect(DEMO_BRANDS.map((b) => b.id)).toContain(pl.brand);
    }
    expect(Math.max(...placements.map((pl) => pl.start))).toBe(Date.parse('2026-03-09T10:03:00Z'));
  });

  it('keep the daily routine post out of a running story', () => {
    const brand = brandOf('northwind-bank');
    const routine = (placements: Placement[]) =>
      generateDemoPosts(brand, placements, START - 3 * HOUR, START).filter((x) =>
        String(x.id).endsWith('-999'),
      );
    expect(routine([])).toHaveLength(1);
    expect(routine([{ ...placed('slow-ack-backfire'), start: START - 2.5 * HOUR }])).toHaveLength(0);
  });
});
