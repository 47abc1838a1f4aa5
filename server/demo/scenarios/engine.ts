import type { PostInputRaw } from '../../../shared/post';
import type { DemoBrand } from '../brands';
import { type Rng, hashString, mulberry32, pick, poisson } from '../random';
import type { Curve, Placement, Script, ScriptedPost, Speaker, Wave } from './types';

const MINUTE_MS = 60_000;

/** The rate of a wave `k` minutes after the scenario start. */
export function curveRate(c: Curve, k: number): number {
  if (k < c.fromMin) return 0;
  const ramp = Math.min(1, (k - c.fromMin + 1) / Math.max(1, c.rampMin));
  const decay = k < c.toMin ? 1 : 0.5 ** ((k - c.toMin) / Math.max(1e-9, c.decayMin));
  const steps = (c.steps ?? []).reduce((f, s) => (k >= s.atMin ? f * s.factor : f), 1);
  const rate = c.peak * ramp * decay * steps;
  return rate < 0.01 ? 0 : rate;
}

export const postId = (p: Placement, key: string): string => `${p.scenario.id}-${p.start}-${key}`;

const FIRST = [
  'sam',
  'jo',
  'alex',
  'priya',
  'tom',
  'mia',
  'kofi',
  'lena',
  'dan',
  'aisha',
  'li',
  'marta',
  'ben',
  'zoe',
];
const LAST = ['_k', 'smith', '99', 'writes', '_uk', 'b', 'x', '2024', 'jones', 'runs', 'makes', 'ok'];
const EXTRA = ['', '', '', ' 😡', ' 🙄', ' 😤', ' !!', ' ??', ' 😭', ' smh'];

export const customerName = (rng: Rng): string =>
  `${pick(rng, FIRST)}${pick(rng, LAST)}${Math.floor(rng() * 90)}`;

const helpHandle = (brand: DemoBrand): string => {
  const other = brand.officialHandles.map((h) => h.replace(/^@/, '')).find((h) => h !== brand.voice);
  return other ?? brand.voice;
};

export function speakerHandle(brand: DemoBrand, by: Speaker, rng: Rng): string {
  if (by === 'voice') return brand.voice;
  if (by === 'help') return helpHandle(brand);
  return customerName(rng);
}

export function fillTemplate(rng: Rng, brand: DemoBrand, template: string): string {
  return template
    .replace('{b}', pick(rng, brand.mentions))
    .replace('{n}', String(2 + Math.floor(rng() * 5)))
    .replace('{t}', pick(rng, ['20 mins', 'an hour', '2 hours', 'all afternoon', '45 minutes', 'ages']));
}

function pickBank(rng: Rng, mix: Wave['mix']): readonly string[] {
  const total = mix.reduce((s, m) => s + m.weight, 0);
  let r = rng() * total;
  for (const m of mix) {
    r -= m.weight;
    if (r < 0) return m.bank;
  }
  return mix[mix.length - 1]?.bank ?? [];
}

function scripted(p: Placement, brand: DemoBrand, s: ScriptedPost): PostInputRaw {
  const rng = mulberry32(hashString(`${postId(p, s.key)}:author`));
  return {
    id: postId(p, s.key),
    source: 'demo',
    author: speakerHandle(brand, s.by, rng),
    text: s.text,
    createdAt: new Date(p.start + Math.round(s.atMin * MINUTE_MS)).toISOString(),
    ...(s.replyTo ? { replyTo: postId(p, s.replyTo) } : {}),
    ...(s.shares !== undefined ? { shares: s.shares } : {}),
  };
}

/** Posts of one placed scenario created in the minute starting at `m` (deterministic per minute). */
export function scenarioMinute(p: Placement, brand: DemoBrand, script: Script, m: number): PostInputRaw[] {
  const k = Math.floor((m - p.start) / MINUTE_MS);
  const out: PostInputRaw[] = [];
  for (const s of script.posts) {
    if (Math.floor(s.atMin) === k) out.push(scripted(p, brand, s));
  }
  for (const w of script.waves) {
    const rate = curveRate(w.curve, k);
    if (rate <= 0) continue;
    const rng = mulberry32(hashString(`${postId(p, w.key)}:${m}`));
    const n = poisson(rng, rate);
    for (let i = 0; i < n; i++) {
      const text = fillTemplate(rng, brand, pick(rng, pickBank(rng, w.mix))) + pick(rng, EXTRA);
      const shares = w.maxShares ? Math.floor(w.maxShares * rng() ** 3) : undefined;
      out.push({
        id: `${postId(p, w.key)}-${k}-${i}`,
        source: 'demo',
        author: customerName(rng),
        text: rng() < 0.05 ? text.toUpperCase() : text,
        createdAt: new Date(m + Math.floor(rng() * MINUTE_MS)).toISOString(),
        ...(w.replyTo ? { replyTo: postId(p, w.replyTo) } : {}),
        ...(shares !== undefined ? { shares } : {}),
      });
    }
  }
  return out;
}

/** Minutes after the start during which a placed scenario still produces posts. */
export function scenarioSpanMin(script: Script): number {
  const tails = script.waves.map((w) => w.curve.toMin + 8 * w.curve.decayMin);
  return Math.max(script.durationMin, ...tails);
}

/** "HH:MM UTC" of the instant `min` minutes after `start`, as an official post would write it. */
export const clockAt = (start: number, min: number): string =>
  `${new Date(start + min * MINUTE_MS).toISOString().slice(11, 16)} UTC`;
