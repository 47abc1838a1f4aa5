import type { DemoOutage } from './generate';
import { busyAccount, praiseBuzz, prematureFix, slowAckBackfire, wellHandled } from './scenarios/index';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const middayBefore = (t: number, days: number): number => Math.floor(t / DAY) * DAY - days * DAY + 12 * HOUR;

/**
 * Where the demo places the scenario library. Past stories are placed relative to the first demo start
 * (so restarts keep the same history); the live one starts two minutes after every start-up so a
 * first-time user sees a spike form, the acknowledgement meter run late and the reply backfire.
 */
export function demoOutages(epoch: number, startedAt: number): DemoOutage[] {
  return [
    { scenario: wellHandled, brand: 'harbor-pay', start: middayBefore(epoch, 5) + 3 * HOUR },
    { scenario: prematureFix, brand: 'zephyr-mobile', start: middayBefore(epoch, 4) + 2 * HOUR },
    { scenario: wellHandled, brand: 'northwind-bank', start: middayBefore(epoch, 3) + 30 * MIN },
    { scenario: praiseBuzz, brand: 'zephyr-mobile', start: middayBefore(epoch, 2) + 5 * HOUR },
    { scenario: busyAccount, brand: 'northwind-bank', start: middayBefore(epoch, 1) + 1 * HOUR },
    { scenario: slowAckBackfire, brand: 'northwind-bank', start: Math.ceil(startedAt / MIN) * MIN + 2 * MIN },
  ];
}
