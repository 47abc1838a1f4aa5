import type { SourceConfig, SourceHealth } from '../../shared/source';

/** A source as stored. `config.credentials` is here (the runner needs it) but never leaves the server. */
export type SourceRecord = {
  config: SourceConfig;
  createdAt: number;
  updatedAt: number;
  /** The last health written (writes are throttled by the caller), null before the first. */
  health: SourceHealth | null;
  healthAt: number | null;
};

/** Feed sources: their configs, the runner's opaque resume state, and their last known health. */
export interface SourceStore {
  /** Every source, by id. */
  listSources(): Promise<SourceRecord[]>;
  getSource(id: string): Promise<SourceRecord | null>;
  /** throws StoreConflictError when the id exists */
  createSource(config: SourceConfig, now: number): Promise<SourceRecord>;
  /** Replaces the config (credentials included); state and health stay. null when there is no such source. */
  replaceSource(config: SourceConfig, now: number): Promise<SourceRecord | null>;
  /** Removes the source with its state and health. */
  deleteSource(id: string): Promise<boolean>;
  /** Whatever saveSourceState stored last (parsed JSON), or null. */
  sourceState(id: string): Promise<unknown>;
  /** Ignored when the source no longer exists (it was deleted while a poll was running). */
  saveSourceState(id: string, state: unknown): Promise<void>;
  saveSourceHealth(id: string, health: SourceHealth, at: number): Promise<void>;
}
