import { describe, expect, it } from 'vitest';
import { emergingTerms, termsOf } from '../../../server/detect/terms';

const sorted = (s: Set<string>) => [...s].sort();

describe('termsOf', () => {
  it.each([
    ['Login is DOWN again', ['down', 'login']],
    ['error 503 on checkout', ['503', 'checkout', 'error', 'error 503']],
    // Punctuation breaks a phrase; a stopword breaks it too.
    ['login down. error page', ['down', 'error', 'error page', 'login', 'login down', 'page']],
    ['cannot pay with the card', ['card', 'pay']],
    // URLs, mentions, short words and long numbers are no terms; hashtags keep their word.
    ['see https://x.co/abc @NorthwindHelp #outage 12 2026123', ['outage', 'see']],
    [
      'Zahlung fehlgeschlagen, Karte abgelehnt',
      ['abgelehnt', 'fehlgeschlagen', 'karte', 'karte abgelehnt', 'zahlung', 'zahlung fehlgeschlagen'],
    ],
    ['app app app', ['app']],
  ])('%j -> %j', (text, terms) => {
    expect(sorted(termsOf(text))).toEqual(terms);
  });

  it('leaves out excluded words wherever they appear', () => {
    expect(sorted(termsOf('Northwind Bank app crashed', new Set(['northwind', 'bank'])))).toEqual([
      'app',
      'app crashed',
      'crashed',
    ]);
  });
});

describe('emergingTerms', () => {
  const background = Array.from(
    { length: 100 },
    (_, i) => ['paid my rent with Northwind', 'Northwind app looks nice', 'new card from Northwind'][i % 3],
  ).map(String);
  const target = [
    ...Array.from({ length: 20 }, () => 'Northwind login broken, error 503'),
    ...Array.from({ length: 10 }, () => 'Northwind app says error 503'),
    'Northwind app looks nice',
  ];

  it('ranks what the incident says more than before, best first, without brand words', () => {
    const terms = emergingTerms(target, background, { exclude: ['Northwind'] });
    expect(terms.map((t) => t.term)).toEqual(['error 503', 'login broken', 'app says']);
    expect(terms[0]).toMatchObject({ target: 30, background: 0 });
    expect(terms[0]?.z).toBeGreaterThan(terms[1]?.z ?? 0);
    expect(terms[0]?.docs).toHaveLength(30);
    expect(terms.some((t) => t.term.includes('northwind'))).toBe(false);
  });

  it('ignores terms in too few posts, and words as common before as now', () => {
    const few = emergingTerms(['a strange outage', 'a strange outage', ...background], background);
    expect(few).toEqual([]);
    expect(emergingTerms(background.slice(0, 30), background)).toEqual([]);
  });

  it('finds nothing over-represented without baseline posts to compare with', () => {
    expect(emergingTerms(target, [])).toEqual([]);
    expect(emergingTerms([], background)).toEqual([]);
  });
});
