import type { ReactNode } from 'react';

type EmptyStateProps = { title: string; children?: ReactNode; action?: ReactNode };

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="state">
      <p className="state__title">{title}</p>
      {children ? <div className="state__text">{children}</div> : null}
      {action}
    </div>
  );
}
