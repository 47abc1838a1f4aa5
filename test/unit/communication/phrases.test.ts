import { describe, expect, it } from 'vitest';
import { DEMO_BRANDS } from '../../../server/demo/brands';
import { SCENARIOS } from '../../../server/demo/scenarios/index';
import * as BANKS from '../../../server/demo/scenarios/phrases';
import { isCommunicationComplaint } from '../../../server/detect/communication';
import { defaultScoreFn } from '../../../server/ingest/score-fn';

/**
 * The scenarios' ground truth rests on how their phrases score with the real scorer. Each bank is
 * checked with every mention of the brands whose scenarios use it, so a lexicon change that would
 * silently change a scenario fails here, naming the phrase.
 */
const score = defaultScoreFn();
const BANK_BY_NAME: Record<string, readonly string[]> = { ...BANKS };
const NAMES = new Map<readonly string[], string>(Object.entries(BANK_BY_NAME).map(([k, v]) => [v, k]));
const usedWith = new Map<string, Set<string>>();
for (const s of SCENARIOS) {
  const brand = DEMO_BRANDS.find((b) => b.id === s.brandId);
  const script = brand ? s.script({ brand, start: 0 }) : null;
  for (const w of script?.waves ?? []) {
    for (const m of w.mix) {
      const name = NAMES.get(m.bank) ?? '?';
      const set = usedWith.get(name) ?? new Set<string>();
      for (const mention of brand?.mentions ?? []) set.add(mention);
      usedWith.set(name, set);
    }
  }
}
const texts = (name: string) =>
  (BANK_BY_NAME[name] ?? []).flatMap((t) =>
    [...(usedWith.get(name) ?? [])].map((b) =>
      t.replace('{b}', b).replace('{t}', '2 hours').replace('{n}', '3'),
    ),
  );

type Expectation = { complaint?: boolean; communication?: boolean; harm?: boolean; negative?: boolean };

const EXPECT: Record<keyof typeof BANKS, Expectation> = {
  BANK_OUTAGE: { complaint: true, communication: false },
  CARDS_OUTAGE: { complaint: true, communication: false },
  NETWORK_OUTAGE: { complaint: true, communication: false },
  SILENCE: { complaint: true },
  BACKFIRE_REACTIONS: { complaint: true, communication: true },
  SERVICE_ANGER: { complaint: true, communication: true },
  HARDSHIP: { complaint: true, harm: true, communication: false },
  THANKS: { complaint: false, negative: false },
  NOT_FIXED: { complaint: true },
  FIX_CLAIM_REACTIONS: { complaint: true },
  PRAISE: { complaint: false, negative: false },
  REPLY_QUOTES: { complaint: true, communication: true },
  CARDS_OUTAGE_ES: { complaint: true, communication: false },
};

it('every bank is used by a scenario', () => {
  expect([...usedWith.keys()].sort()).toEqual(Object.keys(BANKS).sort());
});

describe.each(Object.entries(EXPECT))('%s', (name, want) => {
  it.each(texts(name))('%s', (text) => {
    const s = score(text, undefined);
    if (want.complaint !== undefined) expect(s.complaint).toBe(want.complaint);
    if (want.communication !== undefined) expect(isCommunicationComplaint(s)).toBe(want.communication);
    if (want.harm !== undefined) expect(s.harm).toBe(want.harm);
    if (want.negative !== undefined) expect(s.label === 'negative').toBe(want.negative);
  });
});

describe('communication banks', () => {
  it.each(['SILENCE', 'FIX_CLAIM_REACTIONS'] as const)('%s are mostly about the communication', (name) => {
    const all = texts(name).map((t) => isCommunicationComplaint(score(t, undefined)));
    expect(all.filter(Boolean).length / all.length).toBeGreaterThanOrEqual(0.6);
  });
});
