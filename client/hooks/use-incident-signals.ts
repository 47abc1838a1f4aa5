import { useEffect, useRef, useState } from 'react';
import type { Overview } from '../../shared/overview';
import { useIncidentListQuery } from '../api/incidents';
import { type Seen, faviconHref, incidentAlerts } from '../lib/incident-alerts';

const NOTIFY_KEY = 'outcry.notify';
const DAY_MS = 24 * 3_600_000;

export const notificationsSupported = (): boolean => typeof Notification !== 'undefined';

function storedOptIn(): boolean {
  try {
    return localStorage.getItem(NOTIFY_KEY) === '1' && Notification.permission === 'granted';
  } catch {
    return false;
  }
}

/** Opt-in browser notifications: asks for permission on the first click, remembered in this browser. */
export function useNotifyOptIn(): [boolean, () => void] {
  const [on, setOn] = useState(() => notificationsSupported() && storedOptIn());
  const toggle = (): void => {
    if (on) {
      localStorage.removeItem(NOTIFY_KEY);
      setOn(false);
      return;
    }
    void Notification.requestPermission().then((permission) => {
      const granted = permission === 'granted';
      if (granted) localStorage.setItem(NOTIFY_KEY, '1');
      setOn(granted);
    });
  };
  return [on, toggle];
}

/**
 * Signals for a tab in the background: the favicon turns red while any brand is in an incident, and,
 * when opted in, a notification fires when an incident opens or escalates.
 */
export function useIncidentSignals(overview: Overview | undefined, notify: boolean): void {
  const anyIncident = overview?.brands.some((b) => b.state === 'incident') ?? false;
  useEffect(() => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (link) link.href = faviconHref(anyIncident);
  }, [anyIncident]);

  const incidents = useIncidentListQuery({ range: { kind: 'last', ms: DAY_MS } });
  const seen = useRef<Seen | null>(null);
  useEffect(() => {
    const items = incidents.data?.items;
    if (!items || !overview) return;
    const names = new Map(overview.brands.map((b) => [b.id, b.name]));
    const result = incidentAlerts(seen.current, items, (id) => names.get(id) ?? id);
    seen.current = result.seen;
    if (!notify) return;
    for (const alert of result.alerts) {
      new Notification(alert.title, { body: alert.body, tag: `${alert.id}:${alert.title}` });
    }
  }, [incidents.data, overview, notify]);
}
