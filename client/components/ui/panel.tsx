import type { ReactNode } from 'react';

type PanelProps = {
  title: string;
  /** Short context under the title, e.g. the window the numbers cover. */
  subtitle?: ReactNode;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

export function Panel({ title, subtitle, actions, className, children }: PanelProps) {
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-label={title}>
      <header className="panel__header">
        <div>
          <h2 className="panel__title">{title}</h2>
          {subtitle ? <p className="panel__subtitle">{subtitle}</p> : null}
        </div>
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      <div className="panel__body">{children}</div>
    </section>
  );
}
