import type { DemoOutage } from './generate';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const middayBefore = (t: number, days: number): number => Math.floor(t / DAY) * DAY - days * DAY + 12 * HOUR;

/**
 * Past outages are placed relative to the first demo start (so restarts keep the same history); the live
 * one starts two minutes after every start-up so a first-time user sees a spike form.
 */
export function demoOutages(epoch: number, startedAt: number): DemoOutage[] {
  return [
    {
      brand: 'northwind-bank',
      start: middayBefore(epoch, 3) + 30 * MIN,
      end: middayBefore(epoch, 3) + 4 * HOUR,
      factor: 10,
      categories: ['login', 'app', 'payments', 'account'],
      ackAfterMin: 95,
      updateEveryMin: 120,
    },
    {
      brand: 'harbor-pay',
      start: middayBefore(epoch, 5) + 3 * HOUR,
      end: middayBefore(epoch, 5) + 5 * HOUR,
      factor: 6,
      categories: ['payments', 'cards'],
      ackAfterMin: 8,
      updateEveryMin: 30,
    },
    {
      brand: 'northwind-bank',
      start: Math.ceil(startedAt / MIN) * MIN + 2 * MIN,
      end: Math.ceil(startedAt / MIN) * MIN + 52 * MIN,
      factor: 8,
      categories: ['payments', 'cards', 'app'],
      ackAfterMin: 14,
      updateEveryMin: 25,
    },
  ];
}
