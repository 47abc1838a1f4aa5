const MAX_BASE = 56;

/** A readable id for a source created without one: "rss-status-example-com", then "-2", "-3" … if taken. */
export function deriveSourceId(
  input: { kind: string; url: string | null; query: string | null },
  taken: (id: string) => boolean,
): string {
  let host = '';
  try {
    host = input.url ? new URL(input.url).hostname : '';
  } catch {
    // the config check reports a bad URL; the id only needs to be well-formed
  }
  const base =
    [input.kind, host.replace(/^www\./, ''), input.query ?? '']
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_BASE)
      .replace(/-+$/, '') || 'source';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
