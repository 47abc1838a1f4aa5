import type { CommunicationReport, ImpactVerdict, PromiseState } from '../../../shared/communication';
import { Badge } from '../../components/ui/badge';
import type { BadgeTone } from '../../components/ui/badge';
import { Panel } from '../../components/ui/panel';
import { VERDICT_LABELS } from '../../lib/chart-overlays';
import { formatCount, formatDateTime, formatShortDateTime, truncate } from '../../lib/format';
import { formatMinutes } from '../../lib/incident-format';

const VERDICT_TONES: Record<ImpactVerdict, BadgeTone> = {
  calming: 'success',
  neutral: 'neutral',
  backfired: 'danger',
  insufficient: 'neutral',
};
const PROMISE_TONES: Record<PromiseState, BadgeTone> = {
  kept: 'success',
  missed: 'danger',
  pending: 'neutral',
};

const signedPercent = (change: number | null): string =>
  change === null ? '–' : `${change > 0 ? '+' : change < 0 ? '−' : ''}${Math.abs(Math.round(change * 100))}%`;

const when = (iso: string) => (
  <time dateTime={iso} title={formatDateTime(iso)}>
    {formatShortDateTime(Date.parse(iso))}
  </time>
);

/** Each statement's measured effect, and whether the promises and "it's fixed" claims held. */
export function StatementsPanel({ comm }: { comm: CommunicationReport }) {
  const { impacts, promises, fixClaims } = comm;
  return (
    <Panel
      title="Statements and their effect"
      subtitle="Complaints in the half hour after each statement, against what the trend before it predicted."
      className="report__statements"
    >
      {impacts.length === 0 ? (
        <p className="report__muted">The company made no public statement during the incident.</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--statements">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Statement</th>
                <th scope="col">Effect</th>
                <th scope="col" className="num">
                  Complaints vs expected
                </th>
                <th scope="col" className="num">
                  Replies
                </th>
              </tr>
            </thead>
            <tbody>
              {impacts.map((i) => (
                <tr key={`${i.statement.source}:${i.statement.id}`} className={`row--verdict-${i.verdict}`}>
                  <td className="nowrap">{when(i.statement.at)}</td>
                  <td className="cell-text">
                    <p>{truncate(i.statement.text, 280)}</p>
                    {i.reasons.length > 0 ? <p className="cell-muted">{i.reasons.join(' ')}</p> : null}
                  </td>
                  <td>
                    <Badge tone={VERDICT_TONES[i.verdict]}>{VERDICT_LABELS[i.verdict]}</Badge>
                  </td>
                  <td className="num">{signedPercent(i.complaintChange)}</td>
                  <td className="num">
                    {formatCount(i.reactions.count)}
                    {i.reactions.negatives > 0 ? (
                      <div className="cell-muted">{formatCount(i.reactions.negatives)} negative</div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {promises.length + fixClaims.length > 0 ? (
        <ul className="checks">
          {promises.map((p) => (
            <li key={`${p.statement.id}:${p.phrase}`} className="check">
              <Badge tone={PROMISE_TONES[p.state]}>Promise {p.state}</Badge> “{p.phrase}”, due {when(p.dueAt)}
              {p.lateByMin !== null ? `; the next statement came ${formatMinutes(p.lateByMin)} late` : ''}
            </li>
          ))}
          {fixClaims.map((c) => (
            <li key={`${c.statement.id}:${c.phrase}`} className="check">
              <Badge
                tone={c.state === 'held' ? 'success' : c.state === 'contradicted' ? 'danger' : 'neutral'}
              >
                Fix claim {c.state}
              </Badge>{' '}
              “{c.phrase}” at {when(c.statement.at)}
              {c.contradictedAt !== null
                ? `; complaints rose again ${formatMinutes(c.minutesAfterClaim)} later (${formatCount(c.excessComplaints)} above normal)`
                : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </Panel>
  );
}
