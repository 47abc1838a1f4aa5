import { describe, expect, it } from 'vitest';
import { createScorer } from '../../../server/scoring/index';

const scorer = createScorer();

describe('industry categories', () => {
  it.each([
    ['@TelcoUK no signal in Leeds since 9am, emergency calls only', 'signal'],
    ['my 4g is dead again @TelcoUK, no data all day', 'mobile_data'],
    ['@TelcoUK roaming charges in Spain are a joke', 'roaming'],
    ['broadband down again, router flashing red @TelcoUK', 'broadband'],
    ['new sim card still not activated after 3 days @TelcoUK', 'sim'],
    ['power cut again on our street, no electricity for 3 hours @PowerCo', 'power_supply'],
    ['smart meter top up keeps failing @PowerCo', 'meter'],
    ['@FlyAway flight delayed 4 hours and still no update', 'flights'],
    ['@FlyAway you lost my luggage, third day without it', 'baggage'],
    ['dropbox not syncing for two days, files missing', 'sync'],
    ['@CloudCo your webhooks are failing since this morning', 'api'],
  ])('files %s under its service', (text, category) => {
    const score = scorer.score(text);
    expect(score.complaint).toBe(true);
    expect(score.categories).toContain(category);
  });

  it('files a failure that names no service as a general outage, with the words', () => {
    const score = scorer.score('it is down again, nothing works @AcmeBank');
    expect(score.categories).toEqual(['general_outage']);
    expect(score.why.some((w) => w.rule === 'category:general_outage' && w.term !== '')).toBe(true);
  });

  it('does not call a complaint without a failure an outage', () => {
    expect(scorer.score('@AcmeBank your staff were so rude to me today').categories).not.toContain(
      'general_outage',
    );
  });

  it('keeps one industry pack when asked, and refuses an unknown industry', () => {
    const telecom = createScorer({ industry: 'telecom' });
    expect(telecom.categories.map((c) => c.id)).toContain('signal');
    expect(telecom.categories.map((c) => c.id)).not.toContain('flights');
    expect(telecom.score('@FlyAway flight delayed 4 hours').categories).not.toContain('flights');
    expect(() => createScorer({ industry: 'mining' })).toThrow(/unknown industry/);
  });
});
