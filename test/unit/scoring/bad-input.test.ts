import { describe, expect, it } from 'vitest';
import { ScoreSchema } from '../../../shared/score';
import { mulberry32 } from '../../../server/demo/random';
import { createScorer } from '../../../server/scoring/index';

// Whatever a feed sends, scoring returns a valid Score and never throws.

const scorer = createScorer();

/** Code units drawn from ranges that stress the tokenizer: ASCII, Latin-1, scripts, emoji halves, lone surrogates. */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0x00, 0x1f],
  [0xa0, 0x24f],
  [0x400, 0x4ff],
  [0x600, 0x6ff],
  [0x3040, 0x30ff],
  [0x4e00, 0x4eff],
  [0xd800, 0xdbff],
  [0xdc00, 0xdfff],
  [0xfe00, 0xfe0f],
  [0x2000, 0x206f],
  [0x2600, 0x27bf],
];
const PIECES = [
  ':)',
  ':-(',
  '<3',
  '&lt;3',
  '&amp;',
  '#fail',
  '@bank',
  'http://x.y/z',
  "can't",
  'not',
  '!!!',
  '??',
  '😡',
  '👍🏽',
  'ikke',
  'no funciona',
];

function randomText(rng: () => number, maxLength: number): string {
  let out = '';
  const length = Math.floor(rng() * maxLength);
  while (out.length < length) {
    if (rng() < 0.2) {
      out += PIECES[Math.floor(rng() * PIECES.length)] ?? '';
    } else {
      const [lo, hi] = RANGES[Math.floor(rng() * RANGES.length)] ?? [0x20, 0x7e];
      out += String.fromCharCode(lo + Math.floor(rng() * (hi - lo + 1)));
    }
  }
  return out;
}

function expectValid(text: string, lang?: string): void {
  const score = scorer.score(text, lang === undefined ? undefined : { lang });
  expect(ScoreSchema.safeParse(score).success).toBe(true);
  expect(Number.isFinite(score.sentiment)).toBe(true);
  expect(Number.isFinite(score.complaintScore)).toBe(true);
}

describe('scoring bad input', () => {
  it.each([
    ['empty', ''],
    ['only spaces', ' \t\n '],
    ['100k characters', 'the app is down again '.repeat(5000)],
    ['100k characters without a space', 'x'.repeat(100_000)],
    ['only emoji', '😡😡😡🔥💀'],
    ['mixed scripts', 'Die App не работает アプリ 😡 no funciona ikke'],
    ['a lone high surrogate', 'broken \ud83d'],
    ['a lone low surrogate', '\ude00 broken'],
    ['surrogates reversed', '\ude00\ud83d'],
    ['control characters', '\u0000\u0001\u0007\u001b[31m red'],
    ['an unfinished entity', '&#x1F600 &amp &lt'],
    ['combining marks only', '\u0301\u0302\u0303'],
  ])('%s gives a valid score', (_, text) => {
    expectValid(text);
  });

  it('random strings give a valid score, with and without a given language', () => {
    const rng = mulberry32(15);
    for (let k = 0; k < 500; k++) {
      const text = randomText(rng, k % 100 === 0 ? 3000 : 120);
      expectValid(text);
      expectValid(text, ['en', 'de', 'no', 'sv', 'xx', '', 'pt-BR'][k % 7]);
    }
  }, 120_000);

  it('a 100k-character post is read up to the cap: it still says what its start says', () => {
    const text = `@mybank the app is down again, can't log in ${'a'.repeat(100_000)}`;
    expect(scorer.score(text)).toMatchObject({ complaint: true, lang: 'en' });
  });
});
