import { Tooltip } from 'recharts';

export type TooltipLine = { label: string; value: string; color?: string };
/** Free text under the figures, e.g. an official post made in that bucket. */
export type TooltipNote = { key: string; title: string; text: string; color: string };

type ChartTooltipProps = {
  active: boolean;
  title: string | null;
  lines: readonly TooltipLine[];
  notes?: readonly TooltipNote[];
};

/** The one tooltip look for every chart: a title and aligned label/value lines. */
export function ChartTooltip({ active, title, lines, notes = [] }: ChartTooltipProps) {
  if (!active || title === null) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title}</p>
      <dl className="chart-tooltip__lines">
        {lines.map((line) => (
          <div key={line.label} className="chart-tooltip__line">
            <dt>
              {line.color ? (
                <span className="chart-tooltip__swatch" style={{ background: line.color }} />
              ) : null}
              {line.label}
            </dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
      {notes.map((note) => (
        <div key={note.key} className="chart-tooltip__note" style={{ borderColor: note.color }}>
          <p className="chart-tooltip__note-title">{note.title}</p>
          <p>{note.text}</p>
        </div>
      ))}
    </div>
  );
}

type RowTooltipOptions<R> = {
  /** The row under the pointer, found from the axis label Recharts hands the tooltip. */
  rowAt: (label: string | number | undefined) => R | undefined;
  title: (row: R) => string;
  lines: (row: R) => readonly TooltipLine[];
  notes?: (row: R) => readonly TooltipNote[];
  /** Shade the hovered band; charts with bars want it, line charts keep Recharts' default cursor. */
  shadeCursor?: boolean;
};

/** A Recharts tooltip child (a plain function, so the chart sees the element directly) drawn as ChartTooltip. */
export function rowTooltip<R>({ rowAt, title, lines, notes, shadeCursor = false }: RowTooltipOptions<R>) {
  return (
    <Tooltip
      {...(shadeCursor ? { cursor: { fill: 'var(--chart-cursor)' } } : {})}
      isAnimationActive={false}
      content={({ active, label }) => {
        const row = rowAt(label);
        return row === undefined ? null : (
          <ChartTooltip active={active} title={title(row)} lines={lines(row)} notes={notes?.(row)} />
        );
      }}
    />
  );
}
