import type { ReactNode } from 'react';
import { formatDateTime, formatShortDateTime } from '../../lib/format';

type TimestampProps = {
  iso: string;
  className?: string;
  /** What to show; the day and clock time unless given (e.g. "5 min ago"). */
  children?: ReactNode;
};

/** A machine-readable time whose hover text is the full date and time. */
export function Timestamp({ iso, className, children }: TimestampProps) {
  return (
    <time className={className} dateTime={iso} title={formatDateTime(iso)}>
      {children ?? formatShortDateTime(Date.parse(iso))}
    </time>
  );
}
