/** Chart colours come from the CSS variables in styles/tokens.css, so print and theme share them. */
export const CHART_COLORS = {
  complaints: 'var(--chart-complaints)',
  complaintsAbove: 'var(--chart-alert)',
  expected: 'var(--chart-expected)',
  band: 'var(--chart-band)',
  sentiment: 'var(--chart-sentiment)',
  negative: 'var(--chart-negative)',
  category: 'var(--chart-category)',
  grid: 'var(--chart-grid)',
  axis: 'var(--text-muted)',
} as const;

export const AXIS_TICK = { fill: CHART_COLORS.axis, fontSize: 12 } as const;
