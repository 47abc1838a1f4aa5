import type { PostInputRaw } from '../../shared/post';
import type { DemoBrand } from './brands';
import { CHATTER, COMPLAINTS, FOREIGN, OFFICIAL, TIME_SPANS } from './phrases';
import { type Rng, hashString, mulberry32, pick, poisson } from './random';

const MINUTE_MS = 60_000;

/** A simulated outage: complaints ramp up to `factor` times normal, official posts on a schedule. */
export type DemoOutage = {
  brand: string;
  start: number;
  end: number;
  factor: number;
  categories: string[];
  /** minutes from start to the first official post, then between updates */
  ackAfterMin: number;
  updateEveryMin: number;
};

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
const LAST = ['_k', 'smith', '99', 'writes', '_uk', 'b', 'irl', 'x', '2024', 'jones', 'runs', 'makes'];
const ANGRY = ['😡', '🙄', '😤', '😩', '🤦', '💀', '!!!', '??', '😭'];
const HAPPY = ['🙂', '👍', '🎉', '😄', '!', '🙌'];

/** Daily rhythm: quiet at night, busy from late morning to evening (UTC). */
export const dayShape = (t: number): number => {
  const h = (t / 3_600_000) % 24;
  return 0.2 + 0.8 * Math.max(0, Math.sin(((h - 6) / 18) * Math.PI)) ** 1.5;
};

/** Every post of one brand in [from, to), deterministic for each minute whatever the chunking. */
export function generateDemoPosts(
  brand: DemoBrand,
  outages: readonly DemoOutage[],
  from: number,
  to: number,
): PostInputRaw[] {
  const posts: PostInputRaw[] = [];
  const mine = outages.filter((o) => o.brand === brand.id);
  for (let m = Math.ceil(from / MINUTE_MS) * MINUTE_MS; m < to; m += MINUTE_MS) {
    const rng = mulberry32(hashString(`${brand.id}:${m}`));
    const base = brand.volume * dayShape(m);
    const outage = mine.find((o) => m >= o.start && m < o.end);
    const n = poisson(rng, base);
    for (let i = 0; i < n; i++) posts.push(organic(brand, rng, m, i));
    if (outage) {
      const ramp = Math.min(1, (m - outage.start) / (6 * MINUTE_MS) + 0.15);
      const tail = Math.min(1, (outage.end - m) / (10 * MINUTE_MS) + 0.2);
      const extra = poisson(
        rng,
        brand.volume * 0.12 * (outage.factor - 1) * ramp * tail * Math.max(dayShape(m), 0.5),
      );
      for (let i = 0; i < extra; i++)
        posts.push(complaint(brand, rng, m, 100 + i, outageCategory(rng, outage, m)));
    }
    const official = outage ? officialAt(outage, m) : null;
    if (official) posts.push(officialPost(brand, rng, m, official));
    if (m % (24 * 60 * MINUTE_MS) === 13 * 60 * MINUTE_MS) posts.push(officialPost(brand, rng, m, 'routine'));
  }
  return posts;
}

function outageCategory(rng: Rng, o: DemoOutage, m: number): string {
  // The longer the silence, the more people complain about the communication itself.
  const silence = (m - o.start) / MINUTE_MS;
  const commShare = silence > o.ackAfterMin ? 0.08 : Math.min(0.35, 0.05 + silence / 200);
  if (rng() < commShare) return rng() < 0.5 ? 'communication' : 'customer_service';
  return pick(rng, o.categories);
}

function officialAt(o: DemoOutage, m: number): keyof typeof OFFICIAL | null {
  const since = Math.round((m - o.start) / MINUTE_MS);
  if (m === Math.floor((o.end - MINUTE_MS) / MINUTE_MS) * MINUTE_MS) return 'resolved';
  if (since === o.ackAfterMin) return 'acknowledge';
  if (since > o.ackAfterMin && (since - o.ackAfterMin) % o.updateEveryMin === 0) return 'update';
  return null;
}

const fill = (rng: Rng, brand: DemoBrand, template: string): string =>
  template
    .replace('{b}', pick(rng, brand.mentions))
    .replace('{h}', brand.voice)
    .replace('{n}', String(2 + Math.floor(rng() * 5)))
    .replace('{t}', pick(rng, TIME_SPANS));

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

const author = (rng: Rng): string => `${pick(rng, FIRST)}${pick(rng, LAST)}${Math.floor(rng() * 90)}`;

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
  if (r < 0.14) return complaint(brand, rng, m, i, pick(rng, Object.keys(COMPLAINTS)));
  return post(brand, m, i, rng, roughen(rng, fill(rng, brand, pick(rng, CHATTER)), HAPPY), author(rng));
}

function complaint(brand: DemoBrand, rng: Rng, m: number, i: number, category: string): PostInputRaw {
  const text = roughen(rng, fill(rng, brand, pick(rng, COMPLAINTS[category] ?? COMPLAINTS.app ?? [])), ANGRY);
  return post(brand, m, i, rng, text, author(rng));
}

function officialPost(brand: DemoBrand, rng: Rng, m: number, kind: keyof typeof OFFICIAL): PostInputRaw {
  const clock = new Date(m + 3_600_000).toISOString().slice(11, 16);
  const text = pick(rng, OFFICIAL[kind]).replace('{clock}', `${clock} UTC`);
  return post(brand, m, 999, rng, text, brand.voice);
}
