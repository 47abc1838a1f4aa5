import type { MeterState } from '../../../shared/communication';
import { formatMinutes } from '../../lib/incident-format';

type CommMeterProps = {
  title: string;
  /** Whole minutes counted so far; null shows a dash (nothing to count yet). */
  minutes: number | null;
  /** What the number means, e.g. "without a public statement". */
  caption: string;
  targetMin: number;
  /** null: not applicable yet (neutral colour). */
  state: MeterState | null;
  /** Short status words, e.g. "Overdue by 5 min". */
  status: string;
};

/**
 * One big number against its target, for a communications team glancing at a wall screen: the colour,
 * the status words and the bar all say the same thing, so it reads without colour vision too.
 */
export function CommMeter({ title, minutes, caption, targetMin, state, status }: CommMeterProps) {
  const fill = minutes === null ? 0 : Math.min(1, minutes / targetMin);
  return (
    <section className={`meter meter--${state ?? 'none'}`} aria-label={title}>
      <h2 className="meter__title">{title}</h2>
      <p className="meter__value" data-testid="meter-value">
        {minutes === null ? '–' : formatMinutes(minutes)}
      </p>
      <p className="meter__caption">{caption}</p>
      {/* Decorative: the status line below says the same in words. */}
      <div className="meter__bar" aria-hidden="true">
        <span className="meter__fill" style={{ width: `${fill * 100}%` }} />
        <span className="meter__warn" aria-hidden="true" />
      </div>
      <p className="meter__status">
        <span className="meter__dot" aria-hidden="true" />
        {status} <span className="meter__target">· target {formatMinutes(targetMin)}</span>
      </p>
    </section>
  );
}
