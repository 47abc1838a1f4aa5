import type { StatusPageSummary } from '../../../shared/overview';
import { Badge } from '../../components/ui/badge';
import { formatRelative } from '../../lib/format';
import { INDICATOR_TONES, statusPageLabel } from '../../lib/source-labels';

type StatusPageBadgeProps = { page: StatusPageSummary; nowMs: number };

/** What the company's own status page says, next to what the crowd says ("green while complaints spike"). */
export function StatusPageBadge({ page, nowMs }: StatusPageBadgeProps) {
  const { text, title } = statusPageLabel(page);
  const read = page.updatedAt ? ` (read ${formatRelative(page.updatedAt, nowMs)})` : '';
  return (
    <span className="status-page-badge">
      <Badge tone={INDICATOR_TONES[page.indicator]} title={`${title}${read}`}>
        {text}
      </Badge>
    </span>
  );
}
