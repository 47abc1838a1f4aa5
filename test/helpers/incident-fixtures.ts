import type { Incident } from '../../shared/incident';
import type { WebhookRecord } from '../../server/store/incident-types';
import { T0 } from './store-fixtures';

const MIN = 60_000;
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A complete wire incident for store tests; id `<brand>:<start>`. */
export const incident = (brand: string, start: number, over: Partial<Incident> = {}): Incident => ({
  id: `${brand}:${start}`,
  brand,
  status: 'open',
  level: 0,
  reopenCount: 0,
  startAt: iso(start),
  alertAt: iso(start + 3 * MIN),
  peakAt: iso(start + 5 * MIN),
  endAt: null,
  durationMs: 10 * MIN,
  peakComplaintsPerMinute: 40,
  peakRatio: 12.5,
  excessComplaints: 321.5,
  complaints: 400,
  uniqueAuthors: 350,
  sentiment: {
    baseline: {
      from: iso(start - 6 * HOUR),
      to: iso(start),
      posts: 100,
      meanSentiment: -0.1,
      negativeShare: 0.2,
    },
    worst: null,
  },
  categories: [{ category: 'login', complaints: 300, share: 0.75 }],
  terms: [{ term: 'error 503', incidentPosts: 30, baselinePosts: 0, score: 5.1, examples: [] }],
  examples: [],
  sample: { incidentPosts: 120, baselinePosts: 300 },
  updatedAt: iso(start + 10 * MIN),
  detailsUntil: iso(start + 10 * MIN),
  ...over,
});

export const webhook = (id: string, over: Partial<WebhookRecord> = {}): WebhookRecord => ({
  id,
  name: `hook ${id}`,
  url: `https://hooks.example.com/${id}`,
  format: 'generic',
  events: ['open', 'escalate', 'resolve'],
  brands: [],
  enabled: true,
  secret: 'a-secret-of-enough-length',
  createdAt: T0,
  updatedAt: T0,
  ...over,
});
