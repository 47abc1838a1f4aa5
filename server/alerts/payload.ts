import type { Incident } from '../../shared/incident';
import type { SlackPayload, WebhookFormat, WebhookPayload } from '../../shared/webhook';
import type { IncidentAlert } from '../incidents/engine';

const MINUTE_MS = 60_000;

const HEADLINE: Record<IncidentAlert['kind'], string> = {
  open: 'Incident opened',
  escalate: 'Incident escalated',
  resolve: 'Incident resolved',
};
const EMOJI: Record<IncidentAlert['kind'], string> = {
  open: ':rotating_light:',
  escalate: ':fire:',
  resolve: ':white_check_mark:',
};

const hhmm = (iso: string): string => `${iso.slice(11, 16)} UTC`;
const minutes = (ms: number): string =>
  ms >= 2 * 3_600_000 ? `${Math.round(ms / 360_000) / 10} h` : `${Math.round(ms / MINUTE_MS)} min`;

export function genericPayload(alert: IncidentAlert, deliveryId: string): WebhookPayload {
  return {
    type: `incident.${alert.kind}`,
    deliveryId,
    occurredAt: new Date(alert.t + MINUTE_MS).toISOString(),
    brand: { id: alert.brand.id, name: alert.brand.name },
    incident: alert.incident,
  };
}

function summaryLine(i: Incident): string {
  const peak = `peak ${i.peakComplaintsPerMinute} complaints/min (${i.peakRatio}x expected)`;
  return i.endAt
    ? `${hhmm(i.startAt)} to ${hhmm(i.endAt)} (${minutes(i.durationMs)}), ${peak}, ${Math.round(i.excessComplaints)} extra complaints`
    : `since ${hhmm(i.startAt)}, ${peak}, ${Math.round(i.excessComplaints)} extra complaints so far`;
}

/** Slack incoming-webhook message: a plain `text` fallback and a few Block Kit blocks. */
export function slackPayload(alert: IncidentAlert): SlackPayload {
  const i = alert.incident;
  const title = `${HEADLINE[alert.kind]}: ${alert.brand.name}`;
  const text = `${title}: ${summaryLine(i)}`;
  const top = i.categories
    .slice(0, 3)
    .map((c) => `${c.category} ${Math.round(c.share * 100)}%`)
    .join(', ');
  const terms = i.terms
    .slice(0, 5)
    .map((t) => `"${t.term}"`)
    .join(', ');
  const fields = [
    `*Status*\n${i.status}${i.level > 0 ? ` (level ${i.level})` : ''}`,
    `*Complainers*\n${i.uniqueAuthors}`,
    ...(top ? [`*Top categories*\n${top}`] : []),
    ...(terms ? [`*Emerging terms*\n${terms}`] : []),
  ];
  const example = i.examples[0];
  return {
    text,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: title.slice(0, 150), emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: `${EMOJI[alert.kind]} ${summaryLine(i)}` } },
      { type: 'section', fields: fields.map((f) => ({ type: 'mrkdwn', text: f })) },
      ...(example
        ? [
            {
              type: 'context',
              elements: [{ type: 'mrkdwn', text: `> ${example.text.replace(/\s+/g, ' ').slice(0, 280)}` }],
            },
          ]
        : []),
      { type: 'context', elements: [{ type: 'mrkdwn', text: `Outcry incident \`${i.id}\`` }] },
    ],
  };
}

/** The exact body sent (and signed) for one webhook format. */
export const renderBody = (format: WebhookFormat, alert: IncidentAlert, deliveryId: string): string =>
  JSON.stringify(format === 'slack' ? slackPayload(alert) : genericPayload(alert, deliveryId));
