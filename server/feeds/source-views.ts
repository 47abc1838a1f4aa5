import type { StatusPageSummary } from '../../shared/overview';
import { toPublicSource } from '../../shared/source';
import type {
  ExportedSource,
  SourceConfig,
  SourceHealth,
  SourceView,
  StatusIndicator,
} from '../../shared/source';
import { redactCredentials, redactUrl } from '../../shared/redact';
import { toIso } from '../../shared/time';
import type { SourceRecord } from '../store/source-types';

/**
 * Live health from the runner, with what the store remembers filling the gaps: after a restart the
 * runner starts blank, but the last success, the last error and the status indicator are still true.
 */
export function mergeHealth(live: SourceHealth | null, stored: SourceHealth | null): SourceHealth | null {
  if (!live || !stored) return live ?? stored;
  return {
    ...live,
    lastSuccessAt: live.lastSuccessAt ?? stored.lastSuccessAt,
    lastErrorAt: live.lastErrorAt ?? stored.lastErrorAt,
    lastError: live.lastError ?? stored.lastError,
    statusIndicator: live.statusIndicator ?? stored.statusIndicator,
    statusDescription: live.statusIndicator ? live.statusDescription : stored.statusDescription,
  };
}

/** What the API shows: never the credentials. */
export function toSourceView(record: SourceRecord, live: SourceHealth | null): SourceView {
  const health = mergeHealth(live, record.health);
  return {
    ...toPublicSource(record.config),
    health: health?.lastError ? { ...health, lastError: redactCredentials(health.lastError) } : health,
    createdAt: toIso(record.createdAt),
    updatedAt: toIso(record.updatedAt),
  };
}

/** A config-file entry: the config without its credentials (a password in the URL redacted too). */
export function toExported(config: SourceConfig): ExportedSource {
  const { credentials: _secret, ...rest } = config;
  return { ...rest, url: redactUrl(rest.url) };
}

const SEVERITY: Record<StatusIndicator, number> = {
  critical: 5,
  major: 4,
  minor: 3,
  maintenance: 2,
  none: 1,
  unknown: 0,
};

/**
 * Per brand, what its status page says. Paused sources are left out (their reading is stale); with
 * several pages for one brand the most severe wins, so a red page is never hidden by a green one.
 */
export function statusPagesByBrand(views: readonly SourceView[]): Map<string, StatusPageSummary> {
  const out = new Map<string, StatusPageSummary>();
  for (const v of views) {
    const h = v.health;
    if (v.kind !== 'statuspage' || !v.enabled || !v.brand || !h?.statusIndicator) continue;
    const summary = {
      indicator: h.statusIndicator,
      description: h.statusDescription,
      updatedAt: h.lastSuccessAt,
    };
    const prior = out.get(v.brand);
    if (!prior || SEVERITY[summary.indicator] > SEVERITY[prior.indicator]) out.set(v.brand, summary);
  }
  return out;
}
