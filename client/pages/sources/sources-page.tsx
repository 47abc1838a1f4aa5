import { useState } from 'react';
import { useBrandsQuery } from '../../api/brands';
import { useCreateSource, useSourcesQuery } from '../../api/sources';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { Panel } from '../../components/ui/panel';
import { QueryView } from '../../components/ui/query-view';
import { useAdminToken } from '../../hooks/use-admin-token';
import { useNow } from '../../hooks/use-now';
import { emptySourceForm, toCreateInput } from '../../lib/source-form';
import { AdminTokenForm } from './admin-token-form';
import { SourceCard } from './source-card';
import { SourceForm } from './source-form';
import { authMessage, isAuthError } from './use-source-actions';

export function SourcesPage() {
  const sources = useSourcesQuery();
  const brands = useBrandsQuery().data?.items ?? [];
  const admin = useAdminToken();
  const nowMs = useNow();
  const [adding, setAdding] = useState(false);
  const create = useCreateSource(admin.token ?? '');
  const onAuthError = (error: Parameters<typeof authMessage>[0]) => admin.forget(authMessage(error));

  const actions = admin.token ? (
    <>
      <button type="button" className="button button--quiet" onClick={() => admin.forget()}>
        Lock editing
      </button>
      <button
        type="button"
        className="button button--primary"
        disabled={adding}
        onClick={() => setAdding(true)}
      >
        Add source
      </button>
    </>
  ) : null;

  return (
    <>
      <title>Sources · Outcry</title>
      <PageHeader
        title="Sources"
        description="Feeds, timelines and status pages Outcry reads by itself, and whether each one is healthy."
        actions={actions}
      />
      {admin.token ? null : <AdminTokenForm refused={admin.refused} onSave={admin.save} />}
      {adding ? (
        <Panel title="Add a source" className="source-add">
          <SourceForm
            initial={emptySourceForm()}
            submitLabel="Add source"
            brands={brands}
            pending={create.isPending}
            locked={admin.token === null}
            error={create.error && !isAuthError(create.error) ? create.error : null}
            onSubmit={(v) =>
              create.mutate(toCreateInput(v), {
                onSuccess: () => setAdding(false),
                onError: (err) => {
                  if (isAuthError(err)) onAuthError(err);
                },
              })
            }
            onCancel={() => {
              create.reset();
              setAdding(false);
            }}
          />
        </Panel>
      ) : null}
      <QueryView
        query={sources}
        errorTitle="Could not load the sources"
        isEmpty={(data) => data.items.length === 0}
        empty={
          <EmptyState title="No sources yet">
            Add an RSS or Atom feed, a Mastodon timeline, the Bluesky firehose or a company status page, here
            or in the <code>sources</code> list of the <code>OUTCRY_CONFIG</code> file. Posts can also be
            pushed to <code>POST /api/v1/posts</code>.
          </EmptyState>
        }
      >
        {(data) => (
          <>
            <ul className="source-list">
              {data.items.map((s) => (
                <SourceCard
                  key={s.id}
                  source={s}
                  brands={brands}
                  nowMs={nowMs}
                  token={admin.token}
                  onAuthError={onAuthError}
                />
              ))}
            </ul>
            <p className="source-list__footer">
              <a href="/api/v1/sources/export" download>
                Export as a config file
              </a>{' '}
              (without access tokens)
            </p>
          </>
        )}
      </QueryView>
    </>
  );
}
