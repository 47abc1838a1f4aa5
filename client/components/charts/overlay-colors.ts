import type { ImpactVerdict } from '../../../shared/communication';
import type { IncidentStatus } from '../../../shared/incident';

/** Incident shading by status; the values live in styles/incidents.css beside the other chart colours. */
export const INCIDENT_FILL: Record<IncidentStatus, string> = {
  open: 'var(--chart-incident-open)',
  escalated: 'var(--chart-incident-escalated)',
  resolved: 'var(--chart-incident-resolved)',
};

/** Official-post markers: the brand's colour until their effect is measured, then by verdict. */
export const VERDICT_COLOR: Record<ImpactVerdict | 'unknown', string> = {
  calming: 'var(--verdict-calming)',
  neutral: 'var(--verdict-neutral)',
  backfired: 'var(--verdict-backfired)',
  insufficient: 'var(--official)',
  unknown: 'var(--official)',
};

export const WAVE_FILL = 'var(--chart-wave)';
