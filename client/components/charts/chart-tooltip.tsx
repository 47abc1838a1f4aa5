export type TooltipLine = { label: string; value: string; color?: string };

type ChartTooltipProps = { active: boolean; title: string | null; lines: readonly TooltipLine[] };

/** The one tooltip look for every chart: a title and aligned label/value lines. */
export function ChartTooltip({ active, title, lines }: ChartTooltipProps) {
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
    </div>
  );
}
