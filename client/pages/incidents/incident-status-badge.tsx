import type { IncidentStatus } from '../../../shared/incident';
import { Badge } from '../../components/ui/badge';
import type { BadgeTone } from '../../components/ui/badge';
import { STATUS_LABELS } from '../../lib/incident-format';

const TONES: Record<IncidentStatus, BadgeTone> = {
  open: 'danger-soft',
  escalated: 'danger',
  resolved: 'neutral',
};

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  return <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
