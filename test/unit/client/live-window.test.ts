import { describe, expect, it } from 'vitest';
import { INCIDENT_LEAD_MS, liveTitle, liveWindow, liveWindowOptions } from '../../../client/lib/live-window';

const NOW = Date.UTC(2026, 2, 1, 12, 0);
const START = new Date(NOW - 20 * 60_000).toISOString();

describe('liveWindow', () => {
  it('zooms to an open incident from an hour before it, at 1-minute buckets, and says so', () => {
    const w = liveWindow(null, START, NOW);
    expect(w.zoomed).toBe(true);
    expect(w.bucket).toBe('1m');
    expect(w.series).toEqual({
      kind: 'since',
      from: new Date(Date.parse(START) - INCIDENT_LEAD_MS).toISOString(),
    });
    expect(w.words).toMatch(/zoomed to the open incident/);
    expect(w.spanMs).toBe(80 * 60_000);
  });

  it('keeps a window the user chose, and the last 24 h without an incident', () => {
    expect(liveWindow('6h', START, NOW)).toMatchObject({ id: '6h', bucket: '5m', zoomed: false });
    expect(liveWindow(null, null, NOW)).toMatchObject({ id: '24h', words: 'last 24 h', zoomed: false });
    // A shared link to the incident view after the incident closed falls back to the default day.
    expect(liveWindow('incident', null, NOW)).toMatchObject({ id: '24h' });
  });

  it('offers the incident window first only while one is open', () => {
    expect(liveWindowOptions(true).map((o) => o.id)).toEqual(['incident', '1h', '6h', '24h']);
    expect(liveWindowOptions(false).map((o) => o.id)).toEqual(['1h', '6h', '24h']);
  });
});

describe('liveTitle', () => {
  it('puts the state first so a background tab shows it', () => {
    expect(liveTitle('Northwind Bank', 'open')).toBe('● Incident — Northwind Bank');
    expect(liveTitle('Northwind Bank', 'escalated')).toBe('● Escalated incident — Northwind Bank');
    expect(liveTitle('Northwind Bank', null)).toBe('Northwind Bank · Live · Outcry');
  });
});
