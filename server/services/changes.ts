import { randomUUID } from 'node:crypto';
import type { Bus, ChangeKind } from '../bus';
import type { Store } from '../store/types';

export type { ChangeKind } from '../bus';

/** What this instance does to apply a configuration change (its own or another instance's). */
export type ChangeAppliers = Record<ChangeKind, () => Promise<void>>;

export type Changes = { announce(kind: ChangeKind): Promise<void> };

/**
 * Configuration changes made through any instance apply on every instance at once: the instance that
 * made the change applies it before answering, then tells the others over the bus, which apply it too.
 */
export function createChanges(
  deps: { bus: Bus; store: Pick<Store, 'setSetting'> },
  apply: ChangeAppliers,
  onError: (err: unknown) => void,
): Changes {
  const { bus } = deps;
  bus.onChange((kind) => {
    apply[kind]().catch(onError);
  });
  return {
    async announce(kind) {
      await apply[kind]();
      // The revision lets a reader that must not wait for the message (ingest) check for itself.
      await deps.store.setSetting(revisionKey(kind), randomUUID());
      await bus.announce(kind);
    },
  };
}

/** The settings key holding the revision of a kind of configuration. */
export const revisionKey = (kind: ChangeKind): string => `revision:${kind}`;
