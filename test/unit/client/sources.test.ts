import { describe, expect, it } from 'vitest';
import {
  emptySourceForm,
  formFromSource,
  toCreateInput,
  toPatchInput,
} from '../../../client/lib/source-form';
import {
  formatLag,
  intervalLabel,
  isStream,
  sourceTarget,
  statusPageLabel,
} from '../../../client/lib/source-labels';
import { SourceCreateSchema, SourcePatchSchema } from '../../../shared/source';
import type { SourceView } from '../../../shared/source';

const view = (over: Partial<SourceView> = {}): SourceView => ({
  id: 'feed',
  kind: 'rss',
  url: 'https://example.com/feed.xml',
  query: null,
  brand: null,
  pollIntervalSec: null,
  enabled: true,
  hasCredentials: false,
  health: null,
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
  ...over,
});

describe('source labels', () => {
  it('says how often a source is read', () => {
    expect(intervalLabel(view())).toBe('every 5 min');
    expect(intervalLabel(view({ pollIntervalSec: 90 }))).toBe('every 90 s');
    expect(intervalLabel(view({ pollIntervalSec: 7200 }))).toBe('every 2 h');
    expect(intervalLabel(view({ kind: 'jetstream', url: 'wss://j.example/subscribe' }))).toBe('live stream');
    const tag = view({ kind: 'mastodon', url: 'https://m.example', query: '#acme' });
    expect(isStream(tag)).toBe(false);
    expect(isStream({ ...tag, hasCredentials: true })).toBe(true);
    expect(isStream({ ...tag, hasCredentials: true, query: '@acme' })).toBe(false);
  });

  it('shortens targets and lags', () => {
    expect(sourceTarget(view())).toBe('example.com/feed.xml');
    expect(sourceTarget(view({ url: 'https://m.example/', query: '#acme' }))).toBe('#acme on m.example');
    expect([null, 4.4, 89, 600, 7200].map(formatLag)).toEqual(['–', '4 s', '89 s', '10 min', '2 h']);
  });

  it('words a status page indicator, quoting the page in the tooltip', () => {
    expect(
      statusPageLabel({ indicator: 'none', description: 'All Systems Operational', updatedAt: null }),
    ).toEqual({
      text: 'status page: operational',
      title: "The brand's status page says “All Systems Operational”",
    });
    expect(statusPageLabel({ indicator: 'major', description: null, updatedAt: null }).text).toBe(
      'status page: major outage',
    );
  });
});

describe('source form', () => {
  it('turns the form into a body the server accepts, dropping fields the kind does not use', () => {
    const input = toCreateInput({
      ...emptySourceForm(),
      url: ' https://example.com/feed.xml ',
      query: 'ignored for rss',
      token: 'ignored too',
      brand: 'acme',
      interval: '600',
    });
    expect(input).toEqual({
      kind: 'rss',
      url: 'https://example.com/feed.xml',
      query: null,
      brand: 'acme',
      pollIntervalSec: 600,
      credentials: null,
      enabled: true,
    });
    expect(SourceCreateSchema.safeParse(input).success).toBe(true);
    const mastodon = toCreateInput({
      ...emptySourceForm(),
      kind: 'mastodon',
      url: 'https://m.example',
      query: '#acme',
      token: 't0k',
    });
    expect(mastodon).toMatchObject({
      query: '#acme',
      credentials: { accessToken: 't0k' },
      pollIntervalSec: null,
    });
  });

  it('keeps a stored token unless a new one is typed or removal is ticked', () => {
    const form = formFromSource(
      view({ kind: 'mastodon', url: 'https://m.example', query: '#acme', hasCredentials: true }),
    );
    expect(form.token).toBe('');
    expect(toPatchInput(form)).not.toHaveProperty('credentials');
    expect(toPatchInput({ ...form, token: 'new' }).credentials).toEqual({ accessToken: 'new' });
    expect(toPatchInput({ ...form, clearToken: true }).credentials).toBeNull();
    expect(toPatchInput(form)).not.toHaveProperty('kind');
    expect(SourcePatchSchema.safeParse(toPatchInput(form)).success).toBe(true);
  });
});
