import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../shared/enums';
import { createScorer, DEFAULT_TAXONOMY } from '../../../server/scoring/index';

const scorer = createScorer();

const EXAMPLES: ReadonlyArray<readonly [string, string]> = [
  ['login', "can't log in to my account since this morning"],
  ['login', 'locked out again, password reset does nothing'],
  ['app', 'the app keeps crashing'],
  ['website', 'online banking website is down'],
  ['payments', 'my transfer never arrived'],
  ['cards', 'card declined at the ATM twice'],
  ['account', 'my balance is wrong, money missing'],
  ['customer_service', '@mybank on hold for 2 hours and then they hung up'],
  ['communication', 'no updates from @mybank all day, what is going on?'],
  ['fees', 'charged a fee twice for the same transfer, ridiculous'],
  ['security', 'fraud on my card, someone stole my details'],
];

describe('categories', () => {
  it('covers every default category id, in the shared enum order (general_outage is the fallback)', () => {
    expect([...DEFAULT_TAXONOMY.map((c) => c.id), 'general_outage']).toEqual([...DEFAULT_CATEGORIES]);
  });

  it.each(EXAMPLES)('%s: "%s"', (id, text) => {
    const score = scorer.score(text);
    expect(score.categories).toContain(id);
    expect(score.why.some((w) => w.rule === `category:${id}`)).toBe(true);
  });

  it('is multi-label', () => {
    expect(scorer.score("can't log in to the app").categories).toEqual(['login', 'app']);
  });

  it('does not file praise of staff under customer service', () => {
    expect(scorer.score('the support team was amazing, thank you').categories).not.toContain(
      'customer_service',
    );
    expect(scorer.score('support team never answered, useless').categories).toContain('customer_service');
  });

  it('finds categories glued into hashtags', () => {
    expect(scorer.score('two hours waiting #customerservice #fail').categories).toContain('customer_service');
  });

  it('accepts extra categories and extra terms for existing ones', () => {
    const custom = createScorer({
      taxonomy: [
        { id: 'mortgage', label: 'Mortgages', terms: ['mortgage', 'remortgage'] },
        { id: 'cards', label: 'Cards and ATMs', terms: ['girocard'] },
      ],
    });
    expect(custom.score('my remortgage application vanished').categories).toContain('mortgage');
    expect(custom.score('girocard not accepted anywhere today').categories).toContain('cards');
    expect(scorer.score('girocard not accepted anywhere today').categories).not.toContain('cards');
    expect(custom.categories.map((c) => c.id)).toContain('mortgage');
  });

  it('rejects category ids that the wire schema would reject', () => {
    expect(() => createScorer({ taxonomy: [{ id: 'Bad Id', label: 'x', terms: ['x'] }] })).toThrow(
      /category id/,
    );
  });
});
