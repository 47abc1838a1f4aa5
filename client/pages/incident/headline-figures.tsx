import type { CommunicationReport } from '../../../shared/communication';
import type { Incident } from '../../../shared/incident';
import type { Figure } from '../../lib/incident-headline';
import { communicationFigures, impactFigures } from '../../lib/incident-headline';

type HeadlineFiguresProps = { incident: Incident; comm: CommunicationReport | null; nowMs: number };

function FigureGrid({ title, figures }: { title: string; figures: readonly Figure[] }) {
  return (
    <section className="figures" aria-label={title}>
      <h2 className="figures__title">{title}</h2>
      <dl className="figures__grid">
        {figures.map((f) => (
          <div key={f.id} className={`figure figure--${f.tone}`} data-figure={f.id}>
            <dt className="figure__label">{f.label}</dt>
            <dd className="figure__value">{f.value}</dd>
            <dd className="figure__note">{f.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The numbers an executive reads first: the size of the outage, then how the company handled it. */
export function HeadlineFigures({ incident, comm, nowMs }: HeadlineFiguresProps) {
  return (
    <div className="report__figures">
      <FigureGrid title="Impact" figures={impactFigures(incident, nowMs)} />
      <FigureGrid title="Communication" figures={communicationFigures(comm)} />
    </div>
  );
}
