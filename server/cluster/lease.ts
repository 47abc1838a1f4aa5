/** Who may run the once-per-cluster work (incident engine ticks, feed polling). */
export type Lease = {
  /** Takes the lease, or confirms it is still held; false when another instance holds it. */
  tryAcquire(): Promise<boolean>;
  release(): Promise<void>;
};

export type { ClusterRole } from '../../shared/overview';

/** SQLite: one process owns the database file, so it always leads. */
export const soleLease: Lease = {
  tryAcquire: async () => true,
  release: async () => {},
};
