import type { StatusPageSummary } from '../../shared/overview';
import type { SourceKind, SourceState, SourceView, StatusIndicator } from '../../shared/source';
import { DEFAULT_POLL_INTERVAL_SEC } from '../../shared/source';
import type { BadgeTone } from '../components/ui/badge';

export const KIND_LABELS: Record<SourceKind, string> = {
  rss: 'RSS / Atom feed',
  mastodon: 'Mastodon',
  jetstream: 'Bluesky firehose',
  statuspage: 'Status page',
};

export const HEALTH_LABELS: Record<SourceState, string> = {
  ok: 'OK',
  degraded: 'Degraded',
  failing: 'Failing',
  paused: 'Paused',
};

export const HEALTH_TONES: Record<SourceState, BadgeTone> = {
  ok: 'success',
  degraded: 'warning',
  failing: 'danger',
  paused: 'neutral',
};

/** The words a status page's overall indicator stands for. */
export const INDICATOR_LABELS: Record<StatusIndicator, string> = {
  none: 'operational',
  minor: 'minor issues',
  major: 'major outage',
  critical: 'critical outage',
  maintenance: 'maintenance',
  unknown: 'unknown',
};

export const INDICATOR_TONES: Record<StatusIndicator, BadgeTone> = {
  none: 'success',
  minor: 'warning',
  major: 'danger-soft',
  critical: 'danger',
  maintenance: 'info',
  unknown: 'neutral',
};

/** "status page: operational" with the page's own wording in the tooltip. */
export function statusPageLabel(page: StatusPageSummary): { text: string; title: string } {
  return {
    text: `status page: ${INDICATOR_LABELS[page.indicator]}`,
    title: page.description ? `The brand's status page says “${page.description}”` : 'The brand status page',
  };
}

const STREAMING_QUERY = /^(#.+|public|local)$/;

/** Jetstream always, Mastodon when it has a token and a streamable timeline: otherwise polled. */
export function isStream(s: Pick<SourceView, 'kind' | 'query' | 'hasCredentials'>): boolean {
  return (
    s.kind === 'jetstream' ||
    (s.kind === 'mastodon' && s.hasCredentials && STREAMING_QUERY.test(s.query ?? ''))
  );
}

/** "every 5 min", "every 90 s", "live stream". */
export function intervalLabel(
  s: Pick<SourceView, 'kind' | 'query' | 'hasCredentials' | 'pollIntervalSec'>,
): string {
  if (isStream(s)) return 'live stream';
  const sec = s.pollIntervalSec ?? DEFAULT_POLL_INTERVAL_SEC[s.kind];
  if (sec % 3600 === 0) return `every ${sec / 3600} h`;
  if (sec % 60 === 0) return `every ${sec / 60} min`;
  return `every ${sec} s`;
}

/** What the source reads, short: the URL without its scheme, plus the Mastodon or Jetstream query. */
export function sourceTarget(s: Pick<SourceView, 'url' | 'query'>): string {
  const where = (s.url ?? '').replace(/^[a-z]+:\/\//, '').replace(/\/$/, '');
  return s.query ? `${s.query} on ${where}` : where;
}

/** Seconds behind as a short duration: "12 s", "4 min", "2 h"; "–" when unknown. */
export function formatLag(sec: number | null | undefined): string {
  if (sec === null || sec === undefined || !Number.isFinite(sec)) return '–';
  if (sec < 90) return `${Math.round(sec)} s`;
  if (sec < 90 * 60) return `${Math.round(sec / 60)} min`;
  return `${Math.round(sec / 3600)} h`;
}
