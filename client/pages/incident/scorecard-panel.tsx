import { type CommunicationReport, type Grade, ackDelayText } from '../../../shared/communication';
import { EmptyState } from '../../components/ui/empty-state';
import { Panel } from '../../components/ui/panel';

const GRADE_WORDS: Record<Grade, string> = {
  A: 'Handled well',
  B: 'Mostly well handled',
  C: 'Mixed',
  D: 'Poorly handled',
  F: 'Failed the public',
};

/** The plain-language verdict on the company's communication, with the findings behind the grade. */
export function ScorecardPanel({ comm }: { comm: CommunicationReport | null }) {
  if (comm === null) {
    return (
      <Panel title="Communication scorecard" className="report__scorecard">
        <EmptyState title="Communication figures are not available for this incident">
          This server has not measured the company's statements for this incident yet: the acknowledgement
          time, silences, the effect of each statement and the scorecard appear here once it has.
        </EmptyState>
      </Panel>
    );
  }
  const { scorecard } = comm;
  return (
    <Panel
      title="Communication scorecard"
      subtitle="How quickly and how well the company spoke to the public, against its targets."
      className="report__scorecard"
    >
      <div className="scorecard">
        {scorecard.grade === null || scorecard.points === null ? (
          // Open, no statement yet, target not passed: a grade now would be a guess.
          <div className="grade grade--pending">
            <span className="visually-hidden">Grade </span>
            <span className="grade__letter">…</span>
            <span className="grade__points">Pending</span>
            <span className="grade__words">Acknowledgement {ackDelayText(comm.ack)}</span>
          </div>
        ) : (
          <div className={`grade grade--${scorecard.grade}`}>
            <span className="visually-hidden">Grade </span>
            <span className="grade__letter">{scorecard.grade}</span>
            <span className="grade__points">{Math.round(scorecard.points)}/100</span>
            <span className="grade__words">{GRADE_WORDS[scorecard.grade]}</span>
          </div>
        )}
        <div className="scorecard__text">
          <p className="scorecard__verdict">{scorecard.verdict}</p>
          {/* The verdict is usually the findings joined; list them only when they add something. */}
          {scorecard.findings.length > 0 && scorecard.findings.join(' ') !== scorecard.verdict ? (
            <ul className="scorecard__findings">
              {scorecard.findings.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </Panel>
  );
}
