import { expect, it } from 'vitest';
import type { Store } from '../../server/store/types';
import { StoreConflictError } from '../../server/store/types';
import { SourceConfigSchema } from '../../shared/source';
import type { SourceConfigInput, SourceHealth } from '../../shared/source';
import { T0 } from './store-fixtures';

const source = (over: Partial<SourceConfigInput> & { id: string }) =>
  SourceConfigSchema.parse({ kind: 'rss', url: `https://example.com/${over.id}.xml`, ...over });

const health = (over: Partial<SourceHealth> = {}): SourceHealth => ({
  state: 'ok',
  lastSuccessAt: new Date(T0).toISOString(),
  lastErrorAt: null,
  lastError: null,
  consecutiveFailures: 0,
  postsLastHour: 3,
  lagSec: 1,
  nextAttemptAt: null,
  statusIndicator: null,
  statusDescription: null,
  ...over,
});

/** Source cases of the store contract; `store()` is the store under test, `another()` a second instance. */
export function sourceContract(store: () => Store, another: () => Store): void {
  it('creates, lists by id, replaces and deletes sources; a duplicate id conflicts', async () => {
    const s = store();
    const b = source({ id: 'b-feed', credentials: { accessToken: 'secret-1' } });
    const a = source({ id: 'a-feed', pollIntervalSec: 60, enabled: false });
    expect(await s.createSource(b, T0)).toMatchObject({ config: b, createdAt: T0, updatedAt: T0 });
    await s.createSource(a, T0 + 1);
    await expect(s.createSource(source({ id: 'a-feed' }), T0 + 2)).rejects.toBeInstanceOf(StoreConflictError);
    expect((await s.listSources()).map((r) => r.config)).toEqual([a, b]);
    expect((await s.getSource('b-feed'))?.config.credentials).toEqual({ accessToken: 'secret-1' });
    expect(await s.getSource('nope')).toBeNull();

    const changed = { ...b, url: 'https://example.com/other.xml', credentials: null };
    const replaced = await s.replaceSource(changed, T0 + 5);
    expect(replaced).toMatchObject({ config: changed, createdAt: T0, updatedAt: T0 + 5 });
    expect((await another().getSource('b-feed'))?.config).toEqual(changed);
    expect(await s.replaceSource(source({ id: 'gone' }), T0)).toBeNull();

    expect(await s.deleteSource('a-feed')).toBe(true);
    expect(await s.deleteSource('a-feed')).toBe(false);
    expect((await s.listSources()).map((r) => r.config.id)).toEqual(['b-feed']);
  });

  it('keeps the runner state and the health across replace, and drops them with the source', async () => {
    const s = store();
    const config = source({ id: 'feed' });
    await s.createSource(config, T0);
    expect(await s.sourceState('feed')).toBeNull();
    expect((await s.getSource('feed'))?.health).toBeNull();
    const state = { key: '["rss"]', cursor: { etag: '"x"', n: 3, gone: null }, seen: ['1', '2'] };
    await s.saveSourceState('feed', state);
    await s.saveSourceHealth('feed', health({ state: 'degraded', lastError: 'HTTP 503' }), T0 + 9);
    await s.replaceSource({ ...config, pollIntervalSec: 900 }, T0 + 10);

    const other = another();
    expect(await other.sourceState('feed')).toEqual(state);
    const record = await other.getSource('feed');
    expect(record?.health).toEqual(health({ state: 'degraded', lastError: 'HTTP 503' }));
    expect(record?.healthAt).toBe(T0 + 9);
    expect(record?.config.pollIntervalSec).toBe(900);

    await s.deleteSource('feed');
    await s.createSource(config, T0 + 20);
    expect(await s.sourceState('feed')).toBeNull();
    expect((await s.getSource('feed'))?.health).toBeNull();
  });

  it('ignores state and health saved for a source that no longer exists', async () => {
    const s = store();
    await s.saveSourceState('missing', { seen: ['1'] });
    await s.saveSourceHealth('missing', health(), T0);
    expect(await s.listSources()).toEqual([]);
    expect(await s.sourceState('missing')).toBeNull();
  });
}
