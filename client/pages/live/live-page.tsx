import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useIncidentListQuery } from '../../api/incidents';
import { useOverviewQuery } from '../../api/overview';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorPanel } from '../../components/ui/error-panel';
import { LoadingPanel } from '../../components/ui/loading-panel';
import { useNow } from '../../hooks/use-now';
import { pickDefaultBrand } from '../../lib/brand-state';
import { INCIDENT_WINDOW, type LiveWindowId, liveTitle, liveWindow } from '../../lib/live-window';
import { rangePreset } from '../../lib/time-range';
import { BrandBanner } from './brand-banner';
import { BrandSwitcher } from './brand-switcher';
import { IncidentWatch } from './incident-watch';
import { LiveCharts } from './live-charts';
import { RecentPostsPanel } from './recent-posts-panel';

export function LivePage() {
  const overview = useOverviewQuery();
  const [search, setSearch] = useSearchParams();
  const nowMs = useNow();
  const brandParam = search.get('brand');
  const rangeParam = search.get('range');
  const brands = overview.data?.brands ?? [];
  const fallback = pickDefaultBrand(brands);
  const brandId = brandParam ?? fallback?.id ?? null;
  // Over the default day whatever the window: the same request as the zoomed charts' incident shading.
  const incidents = useIncidentListQuery(
    brandId ? { brand: brandId, range: { kind: 'last', ms: rangePreset(null).ms } } : null,
  );
  const openIncident = incidents.data?.items.find((i) => i.status !== 'resolved' && i.brand === brandId);
  const window = liveWindow(rangeParam, openIncident?.startAt ?? null, nowMs);

  // Without ?brand= we open on the most severe brand, and pin it in the URL so the view stays put
  // (and can be shared) even when another brand's state changes.
  useEffect(() => {
    if (!brandParam && fallback) {
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('brand', fallback.id);
          return next;
        },
        { replace: true },
      );
    }
  }, [brandParam, fallback, setSearch]);

  const hrefFor = (brandId: string): string => {
    const next = new URLSearchParams(search);
    next.set('brand', brandId);
    return `?${next.toString()}`;
  };
  // No ?range= means "the incident while one is open, else the last 24 h", so only other choices are kept.
  const setWindow = (id: LiveWindowId): void =>
    setSearch((prev) => {
      const next = new URLSearchParams(prev);
      const isDefault = openIncident ? id === INCIDENT_WINDOW : id === rangePreset(null).id;
      if (isDefault) next.delete('range');
      else next.set('range', id);
      return next;
    });

  if (overview.data === undefined) {
    return overview.error ? (
      <ErrorPanel
        title="Could not load brands"
        error={overview.error}
        onRetry={() => void overview.refetch()}
      />
    ) : (
      <LoadingPanel label="Loading brands…" height={120} />
    );
  }
  if (brands.length === 0) {
    return (
      <EmptyState title="No brands are being watched yet">
        Add a brand with its keywords (<code>outcry brands add</code> or <code>POST /api/v1/brands</code>);
        posts that mention it will show up here.
      </EmptyState>
    );
  }

  const selected = brands.find((b) => b.id === brandId) ?? null;
  return (
    <>
      <title>{liveTitle(selected?.name ?? null, openIncident?.status ?? null)}</title>
      {openIncident && selected ? (
        <IncidentWatch incident={openIncident} brandName={selected.name} nowMs={nowMs} />
      ) : null}
      <BrandSwitcher brands={brands} selectedId={selected?.id ?? null} hrefFor={hrefFor} />
      {selected === null ? (
        <EmptyState
          title={`No brand called “${brandParam ?? ''}”`}
          action={<Link to="/">Show the default brand</Link>}
        >
          It may have been renamed or removed. Pick one of the brands above.
        </EmptyState>
      ) : (
        <>
          <BrandBanner brand={selected} nowMs={nowMs} compact={openIncident !== undefined} />
          <div className="live-grid">
            <LiveCharts
              brandId={selected.id}
              brandName={selected.name}
              window={window}
              nowMs={nowMs}
              incidentOpen={openIncident !== undefined}
              onWindowChange={setWindow}
            />
            <RecentPostsPanel brandId={selected.id} />
          </div>
        </>
      )}
    </>
  );
}
