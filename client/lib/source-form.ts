import type { z } from 'zod';
import type { SourceCreateSchema, SourceKind, SourcePatchSchema, SourceView } from '../../shared/source';

export type SourceCreateInput = z.input<typeof SourceCreateSchema>;
export type SourcePatchInput = z.input<typeof SourcePatchSchema>;

/** The add/edit form as the user typed it (strings, so a half-typed number is not lost). */
export type SourceFormValues = {
  kind: SourceKind;
  url: string;
  query: string;
  brand: string;
  interval: string;
  token: string;
  clearToken: boolean;
  enabled: boolean;
};

export const emptySourceForm = (): SourceFormValues => ({
  kind: 'rss',
  url: '',
  query: '',
  brand: '',
  interval: '',
  token: '',
  clearToken: false,
  enabled: true,
});

export const formFromSource = (s: SourceView): SourceFormValues => ({
  kind: s.kind,
  url: s.url ?? '',
  query: s.query ?? '',
  brand: s.brand ?? '',
  interval: s.pollIntervalSec === null ? '' : String(s.pollIntervalSec),
  token: '',
  clearToken: false,
  enabled: s.enabled,
});

/** Which fields a kind uses: a query for Mastodon and Jetstream, a token for Mastodon only. */
export const kindUses = (kind: SourceKind) => ({
  query: kind === 'mastodon' || kind === 'jetstream',
  token: kind === 'mastodon',
  interval: kind !== 'jetstream',
});

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());
const interval = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** The POST body; the server validates it and derives the id. */
export function toCreateInput(v: SourceFormValues): SourceCreateInput {
  const uses = kindUses(v.kind);
  return {
    kind: v.kind,
    url: orNull(v.url),
    query: uses.query ? orNull(v.query) : null,
    brand: orNull(v.brand),
    pollIntervalSec: uses.interval ? interval(v.interval) : null,
    credentials: uses.token && v.token.trim() ? { accessToken: v.token.trim() } : null,
    enabled: v.enabled,
  };
}

/** The PATCH body: an empty token field keeps the stored token unless "remove" was ticked. */
export function toPatchInput(v: SourceFormValues): SourcePatchInput {
  const { kind: _kind, credentials, ...rest } = toCreateInput(v);
  if (v.clearToken) return { ...rest, credentials: null };
  return credentials ? { ...rest, credentials } : rest;
}
