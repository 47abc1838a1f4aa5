export type LegendItem = {
  label: string;
  color: string;
  kind: 'bar' | 'outline' | 'line' | 'dashed' | 'area' | 'marker';
};

/** A plain HTML legend above a chart: easier to read (and to print) than an SVG one. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label} className="chart-legend__item">
          <span
            className={`chart-legend__key chart-legend__key--${item.kind}`}
            style={{ color: item.color }}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
