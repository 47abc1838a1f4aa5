import { useState } from 'react';
import type { Brand } from '../../../shared/brand';
import { DEFAULT_POLL_INTERVAL_SEC, MIN_POLL_INTERVAL_SEC, SOURCE_KINDS } from '../../../shared/source';
import type { SourceKind } from '../../../shared/source';
import { errorMessage } from '../../api/http';
import { brandOptions } from '../../components/ui/brand-filter';
import { Field, SelectField } from '../../components/ui/field';
import { KIND_LABELS } from '../../lib/source-labels';
import { kindUses } from '../../lib/source-form';
import type { SourceFormValues } from '../../lib/source-form';

const URL_HINTS: Record<SourceKind, string> = {
  rss: 'https://example.com/feed.xml',
  mastodon: 'https://mastodon.social',
  jetstream: 'wss://jetstream2.us-east.bsky.network/subscribe',
  statuspage: 'https://www.githubstatus.com',
};
const KIND_OPTIONS = SOURCE_KINDS.map((k) => ({ id: k, label: KIND_LABELS[k] }));
const QUERY_HINTS: Partial<Record<SourceKind, string>> = {
  mastodon: '#tag, @user, @user@host, public or local',
  jetstream: 'keywords, comma separated (brand names are always matched)',
};

type SourceFormProps = {
  initial: SourceFormValues;
  brands: readonly Brand[];
  /** Edit mode: the kind is fixed and an empty token keeps the stored one. */
  editing?: { hasCredentials: boolean };
  pending: boolean;
  /** No admin token yet: the form keeps what was typed, but cannot be saved. */
  locked?: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: SourceFormValues) => void;
  onCancel: () => void;
};

export function SourceForm(props: SourceFormProps) {
  const { brands, editing, pending, error } = props;
  const [v, setV] = useState(props.initial);
  const set = (patch: Partial<SourceFormValues>) => setV((prev) => ({ ...prev, ...patch }));
  const uses = kindUses(v.kind);
  return (
    <form
      className="source-form"
      aria-label={props.submitLabel}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(v);
      }}
    >
      <div className="source-form__grid">
        <SelectField
          label="Kind"
          value={v.kind}
          disabled={editing !== undefined}
          options={KIND_OPTIONS}
          onChange={(id) => set({ kind: id as SourceKind })}
        />
        <Field label="URL" className="field field--wide">
          <input
            type="url"
            required
            value={v.url}
            placeholder={URL_HINTS[v.kind]}
            onChange={(e) => set({ url: e.target.value })}
          />
        </Field>
        {uses.query ? (
          <Field label={v.kind === 'mastodon' ? 'Timeline' : 'Keywords'} className="field field--wide">
            <input
              type="text"
              required={v.kind === 'mastodon'}
              value={v.query}
              placeholder={QUERY_HINTS[v.kind]}
              onChange={(e) => set({ query: e.target.value })}
            />
          </Field>
        ) : null}
        <SelectField
          label="Brand"
          value={v.brand}
          required={v.kind === 'statuspage'}
          emptyOption={v.kind === 'statuspage' ? 'Choose a brand…' : 'Any (matched by keywords)'}
          options={brandOptions(brands)}
          onChange={(brand) => set({ brand })}
        />
        {uses.interval ? (
          <Field label="Interval (seconds)" className="field field--narrow">
            <input
              type="number"
              min={MIN_POLL_INTERVAL_SEC}
              max={86_400}
              value={v.interval}
              placeholder={`${DEFAULT_POLL_INTERVAL_SEC[v.kind]}`}
              onChange={(e) => set({ interval: e.target.value })}
            />
          </Field>
        ) : null}
        {uses.token ? (
          <Field label="Access token (optional)">
            <input
              type="password"
              autoComplete="off"
              value={v.token}
              disabled={v.clearToken}
              placeholder={editing?.hasCredentials ? 'stored: leave empty to keep' : 'enables streaming'}
              onChange={(e) => set({ token: e.target.value })}
            />
          </Field>
        ) : null}
      </div>
      <div className="source-form__footer">
        <label className="field field--check">
          <input type="checkbox" checked={v.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
          Enabled
        </label>
        {uses.token && editing?.hasCredentials ? (
          <label className="field field--check">
            <input
              type="checkbox"
              checked={v.clearToken}
              onChange={(e) => set({ clearToken: e.target.checked, token: '' })}
            />
            Remove the stored token
          </label>
        ) : null}
        <span className="source-form__spacer" />
        {error ? (
          <p className="form-error" role="alert">
            {errorMessage(error)}
          </p>
        ) : null}
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
        {props.locked ? <p className="form-hint">Unlock editing above to save.</p> : null}
        <button type="submit" className="button button--primary" disabled={pending || props.locked}>
          {pending ? 'Saving…' : props.submitLabel}
        </button>
      </div>
    </form>
  );
}
