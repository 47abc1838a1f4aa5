import type { PostInputRaw } from '../../shared/post';
import type { DemoBrand } from './brands';
import { CHATTER, COMPLAINTS, FOREIGN, ROUTINE, TIME_SPANS } from './phrases';
import { type Rng, hashString, mulberry32, pick, poisson } from './random';
import { customerName, scenarioMinute, scenarioSpanMin } from './scenarios/engine';
import type { Placement, Script } from './scenarios/types';

const MINUTE_MS = 60_000;

/** A scenario from the library (server/demo/scenarios) placed at a start time for one brand. */
export type DemoOutage = Placement;

const ANGRY = ['😡', '🙄', '😤', '😩', '🤦', '💀', '!!!', '??', '😭'];
const HAPPY = ['🙂', '👍', '🎉', '😄', '!', '🙌'];

/** Daily rhythm: quiet at night, busy from late morning to evening (UTC). */
export const dayShape = (t: number): number => {
  const h = (t / 3_600_000) % 24;
  return 0.2 + 0.8 * Math.max(0, Math.sin(((h - 6) / 18) * Math.PI)) ** 1.5;
};

type Placed = { placement: Placement; script: Script; end: number };

/**
 * Every post of one brand in [from, to): the everyday organic chatter plus the posts of the scenarios
 * placed for it. Deterministic for each minute whatever the chunking.
 */
export function generateDemoPosts(
  brand: DemoBrand,
  outages: readonly DemoOutage[],
  from: number,
  to: number,
): PostInputRaw[] {
  const posts: PostInputRaw[] = [];
  const mine: Placed[] = outages
    .filter((o) => o.brand === brand.id)
    .map((placement) => {
      const script = placement.scenario.script({ brand, start: placement.start });
      return { placement, script, end: placement.start + scenarioSpanMin(script) * MINUTE_MS };
    });
  for (let m = Math.ceil(from / MINUTE_MS) * MINUTE_MS; m < to; m += MINUTE_MS) {
    const rng = mulberry32(hashString(`${brand.id}:${m}`));
    const n = poisson(rng, brand.volume * dayShape(m));
    for (let i = 0; i < n; i++) posts.push(organic(brand, rng, m, i));
    let busy = false;
    for (const p of mine) {
      if (m < p.placement.start || m >= p.end) continue;
      busy ||= m <= p.placement.start + p.script.durationMin * MINUTE_MS;
      posts.push(...scenarioMinute(p.placement, brand, p.script, m));
    }
    // The daily routine post stays out of a running story (it would count as an update).
    if (!busy && m % (24 * 60 * MINUTE_MS) === 13 * 60 * MINUTE_MS) posts.push(routinePost(brand, rng, m));
  }
  return posts;
}

const fill = (rng: Rng, brand: DemoBrand, template: string): string =>
  template
    .replace('{b}', pick(rng, brand.mentions))
    .replace('{h}', brand.voice)
    .replace('{n}', String(2 + Math.floor(rng() * 5)))
    .replace('{t}', pick(rng, TIME_SPANS));

/** Typos, an emoji that fits the tone, now and then all caps. */
function roughen(rng: Rng, text: string, emoji: readonly string[]): string {
  let out = text;
  if (rng() < 0.12) {
    const i = 1 + Math.floor(rng() * (out.length - 3));
    if (/[a-z]{2}/.test(out.slice(i, i + 2))) out = out.slice(0, i) + out[i + 1] + out[i] + out.slice(i + 2);
  }
  if (rng() < 0.18) out = `${out} ${pick(rng, emoji)}`;
  if (rng() < 0.05) out = out.toUpperCase();
  return out;
}

const author = customerName;

function post(
  brand: DemoBrand,
  m: number,
  i: number,
  rng: Rng,
  text: string,
  by: string,
  lang?: string,
): PostInputRaw {
  const createdAt = new Date(m + Math.floor(rng() * MINUTE_MS)).toISOString();
  return {
    id: `${brand.id}-${m}-${i}`,
    source: 'demo',
    author: by,
    text,
    createdAt,
    ...(lang ? { lang } : {}),
  };
}

function organic(brand: DemoBrand, rng: Rng, m: number, i: number): PostInputRaw {
  const r = rng();
  if (r < 0.04) {
    const f = pick(rng, FOREIGN);
    return post(brand, m, i, rng, fill(rng, brand, f.text), author(rng), rng() < 0.5 ? f.lang : undefined);
  }
  if (r < 0.14) {
    const bank = COMPLAINTS[pick(rng, Object.keys(COMPLAINTS))] ?? [];
    return post(brand, m, i, rng, roughen(rng, fill(rng, brand, pick(rng, bank)), ANGRY), author(rng));
  }
  return post(brand, m, i, rng, roughen(rng, fill(rng, brand, pick(rng, CHATTER)), HAPPY), author(rng));
}

function routinePost(brand: DemoBrand, rng: Rng, m: number): PostInputRaw {
  return post(brand, m, 999, rng, pick(rng, ROUTINE), brand.voice);
}
