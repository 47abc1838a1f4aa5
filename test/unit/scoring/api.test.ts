import { describe, expect, it } from 'vitest';
import { ScoreSchema } from '../../../shared/score';
import { createScorer, scoreText } from '../../../server/scoring/index';

const scorer = createScorer();

const EDGE_CASES: ReadonlyArray<readonly [string, string]> = [
  ['empty text', ''],
  ['whitespace only', '  \n\t '],
  ['only emoji', '😡😡😡'],
  ['only a URL', 'https://example.com/status?x=1'],
  ['only a mention', '@mybank'],
  ['only punctuation', '?!?!...!!!'],
  ['mixed scripts', 'app down 😡 приложение не работает アプリ 앱 التطبيق'],
  ['lone surrogate', 'broken \ud83d text'],
  ['100 kB text', 'the app is down again and I am not happy!!! '.repeat(2400)],
  ['control characters', '\u0000\u0001 app \u0007 down'],
  ['HTML entities', '&lt;3 &amp; &gt;:( &quot;ok&quot;'],
];

describe('scorer API', () => {
  it.each(EDGE_CASES)('%s: returns a valid score without throwing', (_name, text) => {
    const score = scorer.score(text);
    expect(() => ScoreSchema.parse(score)).not.toThrow();
    expect(Number.isNaN(score.sentiment)).toBe(false);
    expect(Number.isNaN(score.complaintScore)).toBe(false);
    for (const w of score.why) expect(Number.isFinite(w.weight)).toBe(true);
  });

  it('survives input that is not a string at runtime', () => {
    const score = scorer.score(undefined as unknown as string);
    expect(score).toMatchObject({ sentiment: 0, label: 'neutral', complaint: false, scored: false });
  });

  it('is deterministic', () => {
    const text = '@mybank still can’t log in, 3 hours now!!! 😡';
    expect(scorer.score(text)).toEqual(scorer.score(text));
    expect(scoreText(text)).toEqual(scorer.score(text));
  });

  it('scores the 100 kB text as a negative complaint, not as noise', () => {
    const score = scorer.score('the app is down again and I am not happy!!! '.repeat(2400));
    expect(score.label).toBe('negative');
    expect(score.complaint).toBe(true);
  });

  it('gives empty and link-only posts a neutral, unscored result', () => {
    expect(scorer.score('')).toMatchObject({ sentiment: 0, label: 'neutral', scored: false, lang: 'und' });
    expect(scorer.score('https://example.com')).toMatchObject({ sentiment: 0, scored: false });
  });

  it('scores a post made only of emoji, whatever its language', () => {
    const score = scorer.score('😡😡😡');
    expect(score.scored).toBe(true);
    expect(score.label).toBe('negative');
  });

  it('does not patch Math.sign (natural is loaded by submodule only)', () => {
    // Loading a non-English vocabulary pulls data from natural; its package root would break Math.sign.
    scorer.score('Ich kann mich nicht anmelden, die App ist schlecht', { lang: 'de' });
    expect(Math.sign(0)).toBe(0);
    expect(Math.sign(-3)).toBe(-1);
  });

  it.each([
    'Payment never arrived, still waiting 3 days @mybank',
    'Great, the app crashed again #sarcasm',
    'thanks @mybank for losing my transfer 🙄',
    "can't log in!!! on hold for 2 hours #customerservice",
  ])('explains "%s" with non-empty terms that occur in the text', (text) => {
    const score = scorer.score(text);
    expect(score.why.length).toBeGreaterThan(0);
    for (const w of score.why) {
      expect(w.term).not.toBe('');
      expect(text.toLowerCase()).toContain(w.term.toLowerCase());
    }
  });

  it('names the rules behind each result', () => {
    const score = scorer.score('Payment never arrived, still waiting 3 days @mybank');
    expect(score.why.some((w) => w.rule.startsWith('complaint:'))).toBe(true);
    expect(score.why.some((w) => w.rule === 'category:payments')).toBe(true);
  });
});
