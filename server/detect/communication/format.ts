/** Plain-language formatting for the scorecard. */

/** 95 -> "1 h 35 min", 130 -> "2 h 10 min", 45 -> "45 min". */
export function formatMinutes(min: number): string {
  const total = Math.round(min);
  if (total < 60) return `${total} min`;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "14:05 UTC" */
export const formatClock = (iso: string): string => `${iso.slice(11, 16)} UTC`;

/** A post's text shortened to `max` characters on a word boundary, in quotes. */
export function quote(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `"${flat}"`;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `"${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…"`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
