import { describe, expect, it } from 'vitest';
import { categoryName } from '../../../client/lib/categories';
import { expectedBand } from '../../../client/lib/complaint-rows';
import {
  formatBand,
  formatCount,
  formatRelative,
  formatSentiment,
  formatShare,
  truncate,
} from '../../../client/lib/format';
import { safeHttpUrl } from '../../../client/lib/post-link';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();

describe('formatRelative', () => {
  it.each([
    [ago(10_000), 'just now'],
    [ago(-60_000), 'just now'],
    [ago(5 * 60_000), '5 min ago'],
    [ago(3 * 3_600_000 + 59 * 60_000), '3 h ago'],
    [ago(2 * 86_400_000), '2 d ago'],
    ['not a date', '–'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatRelative(iso, NOW)).toBe(expected);
  });
});

describe('formatBand', () => {
  it('shows the normal range, or a dash while either bound is unknown', () => {
    expect(formatBand(expectedBand({ expectedLow: 1.5, expectedHigh: 1234 }))).toBe('1.5–1,234');
    expect(formatBand(expectedBand({ expectedLow: null, expectedHigh: 4 }))).toBe('–');
    expect(formatBand(expectedBand({ expectedLow: 0, expectedHigh: null }))).toBe('–');
  });
});

describe('number formats', () => {
  it('shows missing values as a dash, not as zero', () => {
    expect([formatCount(null), formatShare(null), formatSentiment(null)]).toEqual(['–', '–', '–']);
  });

  it('formats counts, shares and signed sentiment', () => {
    expect(formatCount(1234)).toBe('1,234');
    expect(formatCount(2.46)).toBe('2.5');
    expect(formatShare(0.284)).toBe('28%');
    expect(formatSentiment(0.2)).toBe('+0.20');
    expect(formatSentiment(-0.204)).toBe('-0.20');
    expect(formatSentiment(-0.001)).toBe('0.00');
  });
});

describe('truncate', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('the app is down again today', 16)).toBe('the app is down…');
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.com/p/1', 'https://example.com/p/1'],
    ['http://example.com', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['//example.com', null],
    [null, null],
  ])('%s', (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });
});

describe('categoryName', () => {
  it('names the built-in categories and prettifies others', () => {
    expect(categoryName('customer_service')).toBe('Customer service');
    expect(categoryName('payments')).toBe('Payments & transfers');
    expect(categoryName('crypto_wallet')).toBe('Crypto wallet');
  });
});
