import { useEffect, useState } from 'react';
import { notificationsSupported, useNotifyOptIn } from '../../hooks/use-incident-signals';
import { THEMES, type ThemeChoice, applyTheme, storedTheme } from '../../lib/theme';

const THEME_LABELS: Record<ThemeChoice, string> = { system: 'Auto', light: 'Light', dark: 'Dark' };

/** Cycles system → light → dark; the label names the theme in use. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  useEffect(() => applyTheme(choice), [choice]);
  const next = THEMES[(THEMES.indexOf(choice) + 1) % THEMES.length] ?? 'system';
  return (
    <button
      type="button"
      className="header-toggle"
      onClick={() => setChoice(next)}
      title={`Theme: ${THEME_LABELS[choice]} (${choice === 'system' ? 'follows the system' : 'chosen here'}). Click for ${THEME_LABELS[next]}.`}
    >
      <span aria-hidden="true">{choice === 'dark' ? '☾' : choice === 'light' ? '☀' : '◐'}</span>
      <span className="header-toggle__label">Theme: {THEME_LABELS[choice]}</span>
    </button>
  );
}

type NotifyToggleProps = { on: boolean; onToggle: () => void };

/** Opt in to a browser notification when an incident opens or escalates. */
export function NotifyToggle({ on, onToggle }: NotifyToggleProps) {
  if (!notificationsSupported()) return null;
  return (
    <button
      type="button"
      className="header-toggle"
      aria-pressed={on}
      onClick={onToggle}
      title="A browser notification when an incident opens or escalates, even with this tab in the background."
    >
      <span aria-hidden="true">{on ? '🔔' : '🔕'}</span>
      <span className="header-toggle__label">{on ? 'Notifying' : 'Notify me'}</span>
    </button>
  );
}

export { useNotifyOptIn };
