import type { LiveStatus } from '../../api/live';
import { POLL_FALLBACK_MS } from '../../api/live';

const LABELS: Record<LiveStatus, { text: string; title: string }> = {
  open: { text: 'Live', title: 'Connected to the live event stream: the page updates by itself.' },
  connecting: {
    text: 'Connecting…',
    title: `Connecting to the live event stream; meanwhile the page refreshes every ${POLL_FALLBACK_MS / 1000} s.`,
  },
  offline: {
    text: 'Offline',
    title: `The live event stream is down; the page refreshes every ${POLL_FALLBACK_MS / 1000} s until it is back.`,
  },
};

export function LiveIndicator({ status }: { status: LiveStatus }) {
  const label = LABELS[status];
  return (
    <span className={`live live--${status}`} title={label.title} role="status" aria-live="polite">
      <span className="live__dot" aria-hidden="true" />
      {label.text}
    </span>
  );
}
