import { TERM_STOPWORDS } from '../term-stopwords';
import { foldText } from './cue-match';
import { MINUTE_MS, type PublicPost } from './types';

/**
 * Posts that refer to an official post by its words: "borrow from friends and family??" refers to the
 * reply that told a customer to borrow from friends and family. The words are the post's content-word
 * pairs (stopwords and the everyday words of any incident left out) that were rare before it: a pair
 * the public already used ("card payments") says nothing about who they are answering.
 */

/** Words every incident conversation uses: a pair with one of them is not distinctive. */
const GENERIC = new Set(
  `issue issues problem problems outage fix fixed fixing resolve resolved restore restored work working
  app apps payment payments pay login log sign account accounts card cards update updates service services
  team teams customer customers sorry hear apologise apologize apologies inconvenience down error errors
  engineers aware look looking soon able help support please thanks thank patience online bank banking
  website site message touch contact keep posted minutes hour hours`.split(/\s+/),
);

const MIN_WORD = 3;

/** Content-word pairs of a text, in order, within a sentence. */
export function contentPairs(text: string): string[] {
  const out: string[] = [];
  for (const sentence of foldText(text).split(/[.!?;:\n]+/)) {
    const words = sentence
      .split(/[^\p{L}']+/u)
      .map((w) => w.replace(/^'+|'+$/g, ''))
      .filter((w) => w.length >= MIN_WORD && !TERM_STOPWORDS.has(w));
    for (let i = 1; i < words.length; i++) {
      const a = words[i - 1] ?? '';
      const b = words[i] ?? '';
      if (GENERIC.has(a) || GENERIC.has(b) || a === b) continue;
      out.push(`${a} ${b}`);
    }
  }
  return out;
}

/** Public posts (sorted by time) indexed by the content pairs they use. */
export type PairIndex = { posts: readonly PublicPost[]; byPair: ReadonlyMap<string, readonly number[]> };

export function pairIndex(posts: readonly PublicPost[]): PairIndex {
  const byPair = new Map<string, number[]>();
  posts.forEach((p, i) => {
    for (const pair of new Set(contentPairs(p.text))) {
      const list = byPair.get(pair);
      if (list) list.push(i);
      else byPair.set(pair, [i]);
    }
  });
  return { posts, byPair };
}

export type ReferenceOptions = {
  /** A pair is distinctive when at most this share of the posts before the official post used it... */
  maxBackgroundShare: number;
  /** ...and at most this many did. */
  maxBackgroundPosts: number;
  /** References are looked for this long after the official post. */
  horizonMin: number;
};

export const DEFAULT_REFERENCES: ReferenceOptions = {
  maxBackgroundShare: 0.005,
  maxBackgroundPosts: 3,
  horizonMin: 180,
};

/** The distinctive pairs of `post`, and the public posts after it (up to `now`) that use one of them. */
export function referencingPosts(
  index: PairIndex,
  post: { t: number; text: string },
  now: number,
  options: Partial<ReferenceOptions> = {},
): { pairs: string[]; posts: PublicPost[] } {
  const o = { ...DEFAULT_REFERENCES, ...options };
  const before = index.posts.filter((p) => p.t < post.t).length;
  const limit = Math.max(o.maxBackgroundPosts, o.maxBackgroundShare * before);
  const until = Math.min(now, post.t + o.horizonMin * MINUTE_MS);
  const pairs: string[] = [];
  const hits = new Set<number>();
  for (const pair of new Set(contentPairs(post.text))) {
    const list = index.byPair.get(pair) ?? [];
    const earlier = list.filter((i) => (index.posts[i]?.t ?? 0) < post.t).length;
    if (earlier > limit) continue;
    let used = false;
    for (const i of list) {
      const t = index.posts[i]?.t ?? 0;
      if (t <= post.t || t > until) continue;
      hits.add(i);
      used = true;
    }
    if (used) pairs.push(pair);
  }
  const posts = [...hits].sort((a, b) => a - b).flatMap((i) => (index.posts[i] ? [index.posts[i]] : []));
  return { pairs, posts };
}
