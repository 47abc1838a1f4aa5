import type { Bus, ChangeKind } from '../bus';

export type { ChangeKind } from '../bus';

/** What this instance does to apply a configuration change (its own or another instance's). */
export type ChangeAppliers = Record<ChangeKind, () => Promise<void>>;

export type Changes = { announce(kind: ChangeKind): Promise<void> };

/**
 * Configuration changes made through any instance apply on every instance at once: the instance that
 * made the change applies it before answering, then tells the others over the bus, which apply it too.
 */
export function createChanges(bus: Bus, apply: ChangeAppliers, onError: (err: unknown) => void): Changes {
  bus.onChange((kind) => {
    apply[kind]().catch(onError);
  });
  return {
    async announce(kind) {
      await apply[kind]();
      bus.announce(kind);
    },
  };
}
