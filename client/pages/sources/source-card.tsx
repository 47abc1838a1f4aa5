import { useState } from 'react';
import type { Brand } from '../../../shared/brand';
import type { SourceView } from '../../../shared/source';
import type { ApiRequestError } from '../../api/http';
import { errorMessage } from '../../api/http';
import { Badge } from '../../components/ui/badge';
import { formatCount, formatRelative } from '../../lib/format';
import { formFromSource, toPatchInput } from '../../lib/source-form';
import {
  HEALTH_LABELS,
  HEALTH_TONES,
  INDICATOR_LABELS,
  INDICATOR_TONES,
  KIND_LABELS,
  formatLag,
  intervalLabel,
  isStream,
  sourceTarget,
} from '../../lib/source-labels';
import { SourceForm } from './source-form';
import { useSourceActions } from './use-source-actions';

type SourceCardProps = {
  source: SourceView;
  brands: readonly Brand[];
  nowMs: number;
  /** null = read-only (no admin token yet) */
  token: string | null;
  onAuthError: (error: ApiRequestError) => void;
};

/** One source: what it reads, whether it works, and (with the token) its controls. */
export function SourceCard({ source: s, brands, nowMs, token, onAuthError }: SourceCardProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const actions = useSourceActions(token ?? '', onAuthError);
  const h = s.health;
  const state = h?.state ?? (s.enabled ? 'ok' : 'paused');
  const brand = s.brand ? (brands.find((b) => b.id === s.brand)?.name ?? s.brand) : 'any (by keywords)';
  const readOnly = token === null;
  const when = (iso: string | null | undefined) => (iso ? formatRelative(iso, nowMs) : 'never');

  return (
    <li className={`source source--${state}`} aria-label={`Source ${s.id}`}>
      <div className="source__header">
        <div className="source__title">
          <h2 className="source__name">{s.id}</h2>
          <Badge tone="info">{KIND_LABELS[s.kind]}</Badge>
          <Badge tone={HEALTH_TONES[state]} title="Health of the last attempts">
            {HEALTH_LABELS[state]}
          </Badge>
          {h?.statusIndicator ? (
            <Badge tone={INDICATOR_TONES[h.statusIndicator]} title={h.statusDescription ?? undefined}>
              page: {INDICATOR_LABELS[h.statusIndicator]}
            </Badge>
          ) : null}
        </div>
        <div className="source__actions">
          <label className="switch" title={readOnly ? 'Needs the admin token' : undefined}>
            <input
              type="checkbox"
              role="switch"
              aria-checked={s.enabled}
              checked={s.enabled}
              disabled={readOnly || actions.pending}
              onChange={(e) => actions.update(s.id, { enabled: e.target.checked })}
            />
            <span>{s.enabled ? 'Enabled' : 'Paused'}</span>
          </label>
          <button
            type="button"
            className="button button--small"
            disabled={readOnly || !s.enabled || isStream(s) || actions.pending}
            title={isStream(s) ? 'A live stream is never polled' : 'Poll this source now'}
            onClick={() => actions.poll(s.id)}
          >
            Poll now
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={readOnly}
            onClick={() => setEditing(!editing)}
          >
            Edit
          </button>
          {confirming ? (
            <>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => actions.remove(s.id)}
              >
                Delete {s.id}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setConfirming(false)}
              >
                Keep
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--small button--quiet"
              disabled={readOnly}
              onClick={() => setConfirming(true)}
            >
              Delete
            </button>
          )}
        </div>
      </div>
      <p className="source__target" title={s.url ?? undefined}>
        {sourceTarget(s)}
        {s.hasCredentials ? <span className="source__secret"> · access token stored</span> : null}
      </p>
      <dl className="source__stats">
        <div>
          <dt>Brand</dt>
          <dd>{brand}</dd>
        </div>
        <div>
          <dt>Interval</dt>
          <dd>{intervalLabel(s)}</dd>
        </div>
        <div>
          <dt>Last success</dt>
          <dd>{when(h?.lastSuccessAt)}</dd>
        </div>
        <div>
          <dt>Posts / hour</dt>
          <dd>{formatCount(h?.postsLastHour)}</dd>
        </div>
        <div>
          <dt>Lag</dt>
          <dd>{formatLag(h?.lagSec)}</dd>
        </div>
        <div>
          <dt>Failures in a row</dt>
          <dd>{formatCount(h?.consecutiveFailures ?? 0)}</dd>
        </div>
      </dl>
      {h?.lastError ? (
        <p className={state === 'ok' ? 'source__error source__error--past' : 'source__error'}>
          <span className="source__error-label">Last error, {when(h.lastErrorAt)}:</span> {h.lastError}
        </p>
      ) : null}
      {actions.error && !editing ? (
        <p className="form-error" role="alert">
          {errorMessage(actions.error)}
        </p>
      ) : null}
      {editing && token ? (
        <SourceForm
          initial={formFromSource(s)}
          brands={brands}
          editing={{ hasCredentials: s.hasCredentials }}
          pending={actions.updating}
          error={actions.editError}
          submitLabel="Save changes"
          onSubmit={(v) => actions.update(s.id, toPatchInput(v), () => setEditing(false))}
          onCancel={() => setEditing(false)}
        />
      ) : null}
    </li>
  );
}
