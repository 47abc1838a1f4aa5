import type { CommunicationReport, ImpactVerdict, PromiseState } from '../../../shared/communication';
import { Badge } from '../../components/ui/badge';
import type { BadgeTone } from '../../components/ui/badge';
import { DataTable, num } from '../../components/ui/data-table';
import { Panel } from '../../components/ui/panel';
import { Timestamp } from '../../components/ui/timestamp';
import { VERDICT_LABELS } from '../../lib/chart-overlays';
import { formatCount, truncate } from '../../lib/format';
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

const COLUMNS = ['When', 'Statement', 'Effect', num('Complaints vs expected'), num('Replies')];

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
        <DataTable className="table--statements" columns={COLUMNS}>
          {impacts.map((i) => (
            <tr key={`${i.statement.source}:${i.statement.id}`} className={`row--verdict-${i.verdict}`}>
              <td className="nowrap">
                <Timestamp iso={i.statement.at} />
              </td>
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
        </DataTable>
      )}
      {promises.length + fixClaims.length > 0 ? (
        <ul className="checks">
          {promises.map((p) => (
            <li key={`${p.statement.id}:${p.phrase}`} className="check">
              <Badge tone={PROMISE_TONES[p.state]}>Promise {p.state}</Badge> “{p.phrase}”, due{' '}
              <Timestamp iso={p.dueAt} />
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
              “{c.phrase}” at <Timestamp iso={c.statement.at} />
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
