import { describe, expect, it } from 'vitest';
import type { Brand } from '../../shared/brand';
import { createBrandMatcher, normaliseHandle } from '../../server/ingest/match';

const brand = (id: string, keywords: string[], officialHandles: string[] = [], name = id): Brand => ({
  id,
  name,
  keywords,
  officialHandles,
  createdAt: '2026-03-02T12:00:00.000Z',
});

const BRANDS = [
  brand(
    'northwind',
    ['Northwind', 'Northwind Bank', '#northwindbank', '@NorthwindBank'],
    ['@NorthwindHelp'],
    'Northwind Bank',
  ),
  brand('harbor', ['Harbor Pay', 'HarborPay'], ['@HarborPay']),
  brand('cafe', ['Café Rouge']),
  brand('odd', ['C++', 'AT&T', 'Yahoo!', 'T-Mobile', 'a.b']),
  brand('blue-owl', [], [], 'Blue Owl'),
];
const m = createBrandMatcher(BRANDS);
const brandsOf = (text: string, author = 'someone') => {
  const r = m.match({ text, author });
  if ('error' in r) throw new Error(r.error);
  return r.brands;
};

describe('normaliseHandle', () => {
  it.each([
    ['@Acme', 'acme'],
    ['acme', 'acme'],
    ['  @ACME ', 'acme'],
    ['@acme@mastodon.social', 'acme@mastodon.social'],
  ])('%s -> %s', (input, out) => expect(normaliseHandle(input)).toBe(out));
});

describe('keyword matching', () => {
  it.each([
    ['Northwind is down', ['northwind']],
    ['northwind is down', ['northwind']],
    ['NORTHWIND!!!', ['northwind']],
    ["Northwind's app", ['northwind']],
    ['(Northwind)', ['northwind']],
    ['#Northwind', ['northwind']],
    ['loving #NorthwindBank today', ['northwind']],
    ['cc (@northwindbank)', ['northwind']],
    ['harbor   pay is slow', ['harbor']],
    ['harbor\tpay', ['harbor']],
    ['harborpay', ['harbor']],
    ['Harbor Pay and Northwind', ['northwind', 'harbor']],
    ['café rouge closed', ['cafe']],
    ['CAFÉ ROUGE', ['cafe']],
    ['I write C++ daily', ['odd']],
    ['AT&T outage', ['odd']],
    ['Yahoo! mail', ['odd']],
    ['T-Mobile', ['odd']],
    ['a.b', ['odd']],
    ['the blue owl app', ['blue-owl']],
  ])('%j matches %j', (text, expected) => {
    expect(brandsOf(text)).toEqual(expected);
  });

  it.each([
    'Northwinder',
    'SuperNorthwind',
    'Northwindé',
    'northwind_bank',
    'Northwind2',
    'northwindbank',
    'support@northwindbank.com',
    '@NorthwindBankFan',
    'Harbor pays well',
    'CaféRouge',
    'C++11',
    'axb',
    'blue owls',
    '',
  ])('%j matches nothing', (text) => {
    expect(brandsOf(text)).toEqual([]);
  });
});

describe('brand field and official handles', () => {
  it('the brand field wins over keywords, by id or by name in any case', () => {
    expect(m.match({ text: 'Northwind', author: 'x', brand: 'harbor' })).toEqual({
      brands: ['harbor'],
      officialFor: [],
    });
    expect(m.match({ text: '', author: 'x', brand: 'NORTHWIND BANK' })).toEqual({
      brands: ['northwind'],
      officialFor: [],
    });
  });

  it('an unknown brand is an error naming it', () => {
    expect(m.match({ text: 'Northwind', author: 'x', brand: 'acme' })).toEqual({
      error: 'unknown brand "acme"',
    });
  });

  it('an official handle marks the post official and assigns the brand even without a mention', () => {
    expect(m.match({ text: 'We are on it.', author: '@northwindhelp' })).toEqual({
      brands: ['northwind'],
      officialFor: ['northwind'],
    });
    expect(m.match({ text: 'Northwind fixed', author: 'HarborPay' })).toEqual({
      brands: ['northwind', 'harbor'],
      officialFor: ['harbor'],
    });
  });

  it('official only for the brand named in the brand field', () => {
    expect(m.match({ text: '', author: '@HarborPay', brand: 'northwind' })).toEqual({
      brands: ['northwind'],
      officialFor: [],
    });
  });

  it('matches nothing with no brands', () => {
    expect(createBrandMatcher([]).match({ text: 'Northwind', author: 'x' })).toEqual({
      brands: [],
      officialFor: [],
    });
  });

  it('is stable across repeated calls (no regex state carried between posts)', () => {
    for (let i = 0; i < 5; i++) expect(brandsOf('Northwind down')).toEqual(['northwind']);
  });
});

describe('mask (the text the scorer sees)', () => {
  it.each([
    ['Harbor Pay is slow', '@HarborPay is slow'],
    ['harbor  pay down', '@harborpay down'],
    ['Northwind Bank app', '@NorthwindBank app'],
    ['@NorthwindBank and Northwind', '@NorthwindBank and @Northwind'],
    ['#northwindbank', '@northwindbank'],
    ['the Northwinder festival', 'the Northwinder festival'],
    ['payments failing', 'payments failing'],
  ])('%j -> %j', (text, masked) => {
    expect(m.mask(text)).toBe(masked);
    expect(m.mask(text)).toBe(masked);
  });

  it('leaves text alone with no brands', () => {
    expect(createBrandMatcher([]).mask('Harbor Pay')).toBe('Harbor Pay');
  });
});
