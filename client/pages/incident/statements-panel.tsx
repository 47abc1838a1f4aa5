import type {
  CommunicationReport,
  ImpactVerdict,
  OfficialRef,
  PromiseState,
  StatementImpact,
} from '../../../shared/communication';
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

const KIND_LABELS: Record<OfficialRef['kind'], string> = {
  incident: 'Statement',
  resolution: 'Resolution',
  remedy: 'Remedy',
  apology: 'Apology',
  reply: 'Support reply',
  routine: 'Routine',
  unknown: 'Unknown',
};
const kindText = (s: OfficialRef): string => `${KIND_LABELS[s.kind]}${s.role ? ` · ${s.role}` : ''}`;

/** Replies are many: list those that drew a reaction or backfired, count the rest. */
const listed = (i: StatementImpact): boolean =>
  i.statement.kind !== 'reply' || i.verdict === 'backfired' || i.reactions.count >= 3;

/** What the public said back, for a post that backfired: the most shared reply, quote or repeat. */
function Evidence({ impact }: { impact: StatementImpact }) {
  const top = impact.references.top[0] ?? impact.reactions.top[0];
  if (impact.verdict !== 'backfired' || !top) return null;
  return (
    <p className="statement__evidence">
      Evidence: “{truncate(top.text, 160)}” ({formatCount(impact.references.count)} posts repeat its words
      {impact.references.phrases.length > 0 ? ` “${impact.references.phrases.slice(0, 3).join('”, “')}”` : ''}
      ; {formatCount(impact.reactions.count)} replies and quotes)
    </p>
  );
}

/** Each statement's measured effect, and whether the promises and "it's fixed" claims held. */
export function StatementsPanel({ comm }: { comm: CommunicationReport }) {
  const { promises, fixClaims } = comm;
  const impacts = comm.impacts.filter(listed);
  const quietReplies = comm.impacts.length - impacts.length;
  const routine = comm.routine ?? [];
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
                <div className="cell-muted" title={i.statement.why}>
                  {kindText(i.statement)}
                </div>
              </td>
              <td className="cell-text">
                <p>{truncate(i.statement.text, 280)}</p>
                <Evidence impact={i} />
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
      {quietReplies > 0 ? (
        <p className="report__muted">
          {formatCount(quietReplies)} more support {quietReplies === 1 ? 'reply' : 'replies'} to single
          customers drew no reaction and are not listed.
        </p>
      ) : null}
      {routine.length > 0 ? (
        <ul className="checks checks--routine">
          {routine.map((r) => (
            <li key={`${r.post.source}:${r.post.id}`} className="check">
              <Badge tone="warning">Promotional post during the outage</Badge> {formatMinutes(r.minutesIn)}{' '}
              in: “{truncate(r.post.text, 160)}”
            </li>
          ))}
        </ul>
      ) : null}
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
