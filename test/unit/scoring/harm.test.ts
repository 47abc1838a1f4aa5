import { describe, expect, it } from 'vitest';
import { createScorer } from '../../../server/scoring/index';
import { harmFigures, readHarmSet } from '../../../bench/lib/harm-set';

const scorer = createScorer();
const harmTerms = (text: string) =>
  scorer
    .score(text)
    .why.filter((w) => w.rule === 'harm')
    .map((w) => w.term);

describe('harm triage', () => {
  it('finds harm on the labelled tune posts with precision and recall of at least .9', () => {
    const f = harmFigures(scorer, readHarmSet('tune'));
    expect(f.precision).toBeGreaterThanOrEqual(0.9);
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['@AcmeBank card declined, I cannot buy food for the kids tonight', 'buy food'],
    ['My wages never arrived and the rent is due tomorrow @NorthBank', 'My wages'],
    ['@PowerCo no electricity for two days and my 90 year old mother is freezing', '90 year old mother'],
    ['app down and my tax return is due today @AcmeBank', 'tax return'],
    ['Får ikke betalt husleia, BankID virker ikke @DNB', 'husleia'],
  ])('names the words that made %s harm', (text, term) => {
    expect(scorer.score(text).harm).toBe(true);
    expect(harmTerms(text)).toContain(term);
  });

  it.each([
    'Paid my rent in seconds with the new app, love it',
    "Don't forget your tax return this month folks",
    'Mortgage rates are up again according to the news',
    '@AcmeBank app is down again, sort it out',
    'My baby just said her first word',
  ])('does not flag %s', (text) => {
    expect(scorer.score(text).harm).toBe(false);
  });
});
