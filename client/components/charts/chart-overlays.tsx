import { ReferenceArea, ReferenceLine } from 'recharts';
import type { IncidentArea, OfficialMarker } from '../../lib/chart-overlays';
import { VERDICT_LABELS } from '../../lib/chart-overlays';
import { formatShortDateTime, truncate } from '../../lib/format';
import type { LegendItem } from './chart-legend';
import type { TooltipNote } from './chart-tooltip';
import { INCIDENT_FILL, VERDICT_COLOR } from './overlay-colors';

/** Below the band and the bars, above the grid. */
const AREA_Z = 50;
/** Above bars and lines, so a statement is never hidden behind a spike. */
const MARKER_Z = 450;
const MARKER_TEXT_MAX = 140;

export const markerColor = (m: OfficialMarker): string => VERDICT_COLOR[m.verdict ?? 'unknown'];

export function markerTitle(m: OfficialMarker): string {
  const verdict = m.verdict ? ` (${VERDICT_LABELS[m.verdict].toLowerCase()})` : '';
  return `Official post by ${m.author}, ${formatShortDateTime(m.at)}${verdict}: ${truncate(m.text, MARKER_TEXT_MAX)}`;
}

type LineShapeProps = { x1?: number; y1?: number; x2?: number; y2?: number };

/** A dashed line from the top of the plot with a dot on top; the native title is the hover text. */
function markerShape(m: OfficialMarker) {
  return function MarkerShape({ x1 = 0, y1 = 0, x2 = 0, y2 = 0 }: LineShapeProps) {
    const top = Math.min(y1, y2);
    const color = markerColor(m);
    return (
      <g className="official-marker" data-verdict={m.verdict ?? 'unknown'}>
        <title>{markerTitle(m)}</title>
        <line
          x1={x1}
          y1={top}
          x2={x2}
          y2={Math.max(y1, y2)}
          stroke={color}
          strokeWidth={1.5}
          strokeDasharray="3 3"
        />
        <circle cx={x1} cy={top + 5} r={5} fill={color} stroke="var(--surface)" strokeWidth={1.5} />
        {/* A wider invisible target, so the hover text is easy to reach. */}
        <line x1={x1} y1={top} x2={x2} y2={Math.max(y1, y2)} stroke="transparent" strokeWidth={10} />
      </g>
    );
  };
}

/** Incident areas as Recharts children (a plain function, so the chart sees the elements directly). */
export function incidentAreaElements(areas: readonly IncidentArea[], yAxisId?: string) {
  return areas.map((a) => (
    <ReferenceArea
      key={a.id}
      x1={a.x1}
      x2={a.x2}
      {...(yAxisId ? { yAxisId } : {})}
      fill={INCIDENT_FILL[a.status]}
      fillOpacity={1}
      stroke="none"
      ifOverflow="hidden"
      zIndex={AREA_Z}
      className={`incident-area incident-area--${a.status}`}
    />
  ));
}

export function officialMarkerElements(markers: readonly OfficialMarker[], yAxisId?: string) {
  return markers.map((m) => (
    <ReferenceLine
      key={m.key}
      x={m.x}
      {...(yAxisId ? { yAxisId } : {})}
      ifOverflow="hidden"
      zIndex={MARKER_Z}
      shape={markerShape(m)}
    />
  ));
}

/** Tooltip notes for the official posts in one bucket. */
export function markerNotes(markers: readonly OfficialMarker[] | undefined): TooltipNote[] {
  return (markers ?? []).map((m) => ({
    key: m.key,
    color: markerColor(m),
    title: `Official, ${formatShortDateTime(m.at)}${m.verdict ? ` · ${VERDICT_LABELS[m.verdict]}` : ''}`,
    text: truncate(m.text, MARKER_TEXT_MAX),
  }));
}

const MARKER_LEGEND: Record<OfficialMarker['verdict'] & string, string> = {
  calming: 'Statement that calmed',
  neutral: 'Statement, no clear effect',
  backfired: 'Statement that backfired',
  insufficient: 'Official post',
};

/** Legend entries for whatever overlays a chart is showing. */
export function overlayLegend(
  areas: readonly IncidentArea[],
  markers: readonly OfficialMarker[],
): LegendItem[] {
  const items: LegendItem[] = [];
  if (areas.some((a) => a.status !== 'resolved'))
    items.push({ label: 'Open incident', color: 'var(--incident)', kind: 'area' });
  if (areas.some((a) => a.status === 'resolved'))
    items.push({ label: 'Incident (resolved)', color: 'var(--quiet)', kind: 'area' });
  const labels = new Map<string, string>();
  for (const m of markers) labels.set(MARKER_LEGEND[m.verdict ?? 'insufficient'], markerColor(m));
  for (const [label, color] of labels) items.push({ label, color, kind: 'marker' });
  return items;
}
