import { describe, expect, it } from 'vitest';
import { createScorer, NEUTRAL_BAND, SINGLE_TERM_BAND } from '../../../server/scoring/index';

const scorer = createScorer();
const s = (text: string) => scorer.score(text, { lang: 'en' }).sentiment;

type Relation = 'positive' | 'negative' | 'neutral';

/** [phenomenon, text, expected label] */
const LABELS: ReadonlyArray<readonly [string, string, Relation]> = [
  ['lexicon', 'The new app is great', 'positive'],
  ['lexicon', 'The new app is terrible', 'negative'],
  ['no sentiment words', 'I opened the app at noon', 'neutral'],
  ['"won\'t" is not "won"', "I won't go there", 'neutral'],
  ['negation', 'The app is not good', 'negative'],
  ['contraction negation', "I don't like the new app", 'negative'],
  ['negation without apostrophe', 'i dont like it', 'negative'],
  ['negated negative', 'The update is not bad', 'positive'],
  ['never again', 'Never again with this bank', 'negative'],
  ['not working', 'The app is not working', 'negative'],
  ["can't log in", "I can't log in", 'negative'],
  ["can't wait is eager, not negated", "Can't wait for the new app", 'positive'],
  ['emoji', 'New app 😍', 'positive'],
  ['emoji', 'New app 😡', 'negative'],
  ['emoticon', 'New app :)', 'positive'],
  ['emoticon', 'New app :(', 'negative'],
  ['emoticon spelled with letters', 'my card got blocked D:', 'negative'],
  ['HTML-escaped emoticon', 'love you &lt;3', 'positive'],
  ['hashtag word', 'Another outage #fail', 'negative'],
  ['hashtag fragment', 'Queue again #nothappy', 'negative'],
  ['sarcasm hashtag', 'Great, the app crashed again #sarcasm', 'negative'],
  ['sarcasm phrase', 'Oh great, the app crashed again', 'negative'],
  ['yeah right', 'yeah right, great service', 'negative'],
  ['contrast: after "but" wins', 'The staff were nice but the app is awful', 'negative'],
  ['contrast: after "but" wins', 'The app is awful but the staff were lovely', 'positive'],
  ['although clause is weaker', 'Although the app is great, login is broken and useless', 'negative'],
];

/** [phenomenon, stronger, weaker]: |sentiment(stronger)| > |sentiment(weaker)| with the same sign. */
const STRONGER: ReadonlyArray<readonly [string, string, string]> = [
  ['intensifier', 'The app is very good', 'The app is good'],
  ['diminisher', 'The app is good', 'The app is slightly good'],
  ['kind of', 'The app is good', 'The app is kind of good'],
  ['ALL CAPS emphasis', 'The app is GOOD', 'The app is good'],
  ['ALL CAPS emphasis (negative)', 'The app is TERRIBLE', 'The app is terrible'],
  ['exclamation marks', 'The app is good!!!', 'The app is good'],
  ['elongated word', 'The app is goooood', 'The app is good'],
  ['"pretty" as a booster', 'pretty annoying', 'annoying'],
  ['link posts relay headlines', 'Great news for savers', 'Great news for savers http://example.com/a'],
  ['questions ask more than they assert', 'The app is good.', 'The app is good?'],
];

describe('sentiment', () => {
  it.each(LABELS)('%s: "%s" is %s', (_what, text, label) => {
    expect(scorer.score(text, { lang: 'en' }).label).toBe(label);
  });

  it.each(STRONGER)('%s: "%s" is stronger than "%s"', (_what, strong, weak) => {
    const a = s(strong);
    const b = s(weak);
    expect(Math.sign(a)).toBe(Math.sign(b));
    expect(Math.abs(a)).toBeGreaterThan(Math.abs(b));
  });

  it('avoids stemming collisions: "fine" is not "fines", "won\'t" is not "won"', () => {
    expect(s('The food is fine')).toBeGreaterThan(0);
    expect(s("I won't go there")).toBe(0);
    expect(s('They won the cup')).toBeGreaterThan(0);
  });

  it('negation has a bounded scope', () => {
    // "not" reaches three words ahead and stops at clause punctuation.
    expect(s('not a good app')).toBeLessThan(0);
    expect(s('Not today. The app is good')).toBeGreaterThan(0);
    expect(s('not that I mind, the app is good')).toBeGreaterThan(0);
  });

  it('does not negate laughter or emoticons', () => {
    expect(s("I'm not the latter lol")).toBeGreaterThan(0);
    expect(s('NOT :)')).toBeGreaterThan(0);
  });

  it('ignores mentions and URLs as words', () => {
    expect(s('@happy_bank https://great.example.com/love')).toBe(0);
    expect(s('@GoodBank the app is down')).toBe(s('@BadBank the app is down'));
  });

  it('stays in [-1, 1] and labels by the documented neutral bands', () => {
    for (const text of [
      'love love love love love!!!!',
      'hate hate hate hate hate!!!!',
      'ok',
      'great',
      'meh',
    ]) {
      const score = scorer.score(text, { lang: 'en' });
      expect(score.sentiment).toBeGreaterThanOrEqual(-1);
      expect(score.sentiment).toBeLessThanOrEqual(1);
      if (Math.abs(score.sentiment) < NEUTRAL_BAND) expect(score.label).toBe('neutral');
      if (score.label === 'positive') expect(score.sentiment).toBeGreaterThanOrEqual(NEUTRAL_BAND);
      if (score.label === 'negative') expect(score.sentiment).toBeLessThanOrEqual(-NEUTRAL_BAND);
    }
  });

  it('needs more than one mild word for a non-neutral label', () => {
    const ok = scorer.score('ok', { lang: 'en' });
    expect(ok.sentiment).toBeGreaterThan(NEUTRAL_BAND);
    expect(ok.sentiment).toBeLessThan(SINGLE_TERM_BAND);
    expect(ok.label).toBe('neutral');
    expect(scorer.score('ok, nice', { lang: 'en' }).label).toBe('positive');
    expect(scorer.score('great', { lang: 'en' }).label).toBe('positive');
  });
});
