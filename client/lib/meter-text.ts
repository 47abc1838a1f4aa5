import type { MeterState } from '../../shared/communication';
import type { LiveClock } from './ack-meter';
import { formatMinutes } from './incident-format';

export type MeterView = {
  minutes: number | null;
  caption: string;
  targetMin: number;
  state: MeterState | null;
  status: string;
};

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const at = (ms: number): string => clock.format(ms);

/** Counting minutes never rounds up: "29 min" must not read as the 30-minute target already passed. */
export const wholeMinutes = (min: number): number => Math.max(0, Math.floor(min));
const whole = wholeMinutes;

function waiting(state: MeterState, since: number, target: number): string {
  if (state === 'overdue') return `Overdue by ${formatMinutes(whole(since - target))}`;
  return `${formatMinutes(Math.max(1, Math.ceil(target - since)))} left`;
}

/** The acknowledgement clock: counting while nobody has spoken, then how long the first statement took. */
export function ackView(c: LiveClock): MeterView {
  if (c.ackDelayMin === null) {
    return {
      minutes: whole(c.elapsedMin),
      caption: 'since the start, without a public statement',
      targetMin: c.ackTargetMin,
      state: c.ackState,
      status: waiting(c.ackState, c.elapsedMin, c.ackTargetMin),
    };
  }
  const firstAt = c.startMs + c.ackDelayMin * 60_000;
  return {
    minutes: whole(c.ackDelayMin),
    caption: `to the first statement (${at(firstAt)})`,
    targetMin: c.ackTargetMin,
    state: c.ackState,
    status: c.ackState === 'overdue' ? 'Acknowledged late' : 'Acknowledged in time',
  };
}

/** Minutes since the last statement, against the update cadence. */
export function silenceView(c: LiveClock): MeterView {
  if (c.silenceMin === null || c.lastStatementMs === null || c.silenceState === null) {
    return {
      minutes: null,
      caption: 'no statement yet: updates are due once the first one is out',
      targetMin: c.updateTargetMin,
      state: null,
      status: 'Waiting for the first statement',
    };
  }
  return {
    minutes: whole(c.silenceMin),
    caption: `since the last statement (${at(c.lastStatementMs)})`,
    targetMin: c.updateTargetMin,
    state: c.silenceState,
    status:
      c.silenceState === 'overdue'
        ? waiting('overdue', c.silenceMin, c.updateTargetMin)
        : `Next update due in ${formatMinutes(Math.max(1, Math.ceil(c.updateTargetMin - c.silenceMin)))}`,
  };
}
