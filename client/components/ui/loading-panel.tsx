type LoadingPanelProps = { label?: string; height?: number };

/** A calm placeholder with the final height, so the page does not jump when data arrives. */
export function LoadingPanel({ label = 'Loading…', height = 200 }: LoadingPanelProps) {
  return (
    <div className="loading" style={{ minHeight: height }} role="status" aria-live="polite">
      <span className="loading__shimmer" aria-hidden="true" />
      <span className="loading__label">{label}</span>
    </div>
  );
}
