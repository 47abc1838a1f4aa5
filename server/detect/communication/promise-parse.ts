/**
 * Reading promises out of official posts: a time ("next update by 3pm", "by 15:30 UTC", "within the
 * hour", "in 30 minutes") or a claim that the problem is fixed. Conservative on purpose: an ambiguous
 * time is read as the later candidate, and a time that cannot be placed within 12 hours after the
 * post is not a promise at all, so that a zone mix-up never produces a "missed promise".
 */

export type PromiseZone = 'relative' | 'utc' | 'named' | 'assumed';
export type ParsedPromise = { phrase: string; dueT: number; zone: PromiseZone };
export type ParsedFixClaim = { phrase: string };

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const MAX_AHEAD_MS = 12 * HOUR_MS;

/** Minutes east of UTC for the zone words we accept; ambiguous ones (IST, CST) are left out. */
const ZONES: Record<string, number> = {
  utc: 0,
  gmt: 0,
  z: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  est: -300,
  edt: -240,
  pst: -480,
  pdt: -420,
  aest: 600,
};

const FUTURE_CUE =
  /\b(update|updates|back|fix|fixed|restor\w*|resolv\w*|working|online|expect|will|aim|should|hope)\b|'ll\b/i;
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  'half an': 0.5,
  'half a': 0.5,
};

const RELATIVE =
  /\b(?:within|in)\s+(?:the\s+)?(?:next\s+)?(?:(\d{1,3}(?:\.\d+)?|an?|one|two|three|four|half an?)\s*-?\s*)?(minutes?|mins?|hours?|hrs?|h)\b/gi;
const CLOCK =
  /\b(by|before|at|no later than)\s+(?:about\s+|around\s+|approximately\s+)?(noon|midday|(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?)(?:\s*([A-Za-z]{1,5}\b|[+-]\d{2}:?\d{2}))?(?![\w:])/gi;

function relativeDue(m: RegExpExecArray, postT: number): number | null {
  const qty = m[1]?.toLowerCase();
  const unit = (m[2] ?? '').toLowerCase();
  const isHour = unit.startsWith('h');
  // "within the hour" needs no number; "in hours" is not a promise.
  const n =
    qty === undefined
      ? unit === 'hour' && /\bthe\b/i.test(m[0])
        ? 1
        : null
      : (NUMBER_WORDS[qty] ?? Number(qty));
  if (n === null || !Number.isFinite(n) || n <= 0) return null;
  const ms = n * (isHour ? HOUR_MS : MINUTE_MS);
  return ms <= MAX_AHEAD_MS ? postT + ms : null;
}

function zoneOffset(
  word: string | undefined,
  defaultOffsetMin: number,
): { min: number; zone: PromiseZone } | null {
  if (word === undefined) return { min: defaultOffsetMin, zone: 'assumed' };
  const w = word.toLowerCase();
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(w);
  if (numeric)
    return {
      min: (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3])),
      zone: 'named',
    };
  const min = ZONES[w];
  // An unknown zone abbreviation (IST, CST...) cannot be placed: no promise. Any other word is not a zone.
  if (min === undefined)
    return /^[A-Z]{2,4}T$/.test(word) ? null : { min: defaultOffsetMin, zone: 'assumed' };
  return { min, zone: min === 0 && w !== 'bst' ? 'utc' : 'named' };
}

function clockDue(m: RegExpExecArray, postT: number, defaultOffsetMin: number) {
  const word = m[2]?.toLowerCase() ?? '';
  const noon = word === 'noon' || word === 'midday';
  const meridiem = m[5]?.toLowerCase().replace(/\./g, '');
  if (!noon && m[4] === undefined && meridiem === undefined) return null; // "by 3": not a time
  let hour = noon ? 12 : Number(m[3]);
  const minute = noon ? 0 : Number(m[4] ?? 0);
  if (minute > 59 || hour > 23 || (meridiem && (hour < 1 || hour > 12))) return null;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const zone = zoneOffset(m[6], defaultOffsetMin);
  if (!zone) return null;
  const hours = !noon && !meridiem && hour < 12 ? [hour, hour + 12] : [hour];
  const localDay = Math.floor((postT + zone.min * MINUTE_MS) / DAY_MS) * DAY_MS;
  const dues = hours
    .flatMap((h) => {
      const t = localDay + (h * 60 + minute - zone.min) * MINUTE_MS;
      return [t, t + DAY_MS];
    })
    .filter((t) => t > postT && t - postT <= MAX_AHEAD_MS);
  return dues.length > 0 ? { dueT: Math.max(...dues), zone: zone.zone } : null;
}

/** The earliest time the post promises something by, or null. */
export function parsePromise(text: string, postT: number, defaultOffsetMin = 0): ParsedPromise | null {
  if (!FUTURE_CUE.test(text)) return null;
  const found: ParsedPromise[] = [];
  for (const m of text.matchAll(RELATIVE)) {
    const dueT = relativeDue(m, postT);
    if (dueT !== null) found.push({ phrase: m[0].trim(), dueT, zone: 'relative' });
  }
  for (const m of text.matchAll(CLOCK)) {
    const due = clockDue(m, postT, defaultOffsetMin);
    if (due) found.push({ phrase: m[0].trim(), ...due });
  }
  return found.sort((a, b) => a.dueT - b.dueT)[0] ?? null;
}

const CLAIM =
  /\b(fixed|resolved|restored|back up and running|up and running( again)?|back online|back to normal|working (?:normally |as normal |properly |fine )?again|fully operational)\b/gi;
/** Words just before a claim that make it a plan, a condition or a denial rather than a claim. */
const BLOCKERS =
  /\b(not|no|never|until|till|once|when|if|will|be|to|hope|hoping|expect|expected|aim|aiming|soon|before|yet|partially|partly|until|being|get|getting|almost|nearly|hasn't|haven't|isn't|aren't)\b|n't\b/i;
const PARTIAL_AFTER = /^\s*(for (some|most|many|a few)|in (some|most) areas|partially|slowly)\b/i;

/** The claim that the problem is over, or null. "will be fixed", "until it is resolved", "not fixed" are not claims. */
export function parseFixClaim(text: string): ParsedFixClaim | null {
  for (const m of text.matchAll(CLAIM)) {
    const start = m.index ?? 0;
    const lead =
      text
        .slice(0, start)
        .split(/[.!?;\n]/)
        .pop() ?? '';
    const near = lead.split(/\s+/).filter(Boolean).slice(-4).join(' ');
    const rest = text.slice(start + m[0].length);
    if (BLOCKERS.test(near) || PARTIAL_AFTER.test(rest)) continue;
    const phrase = `${near} ${m[0]}`.trim();
    return { phrase };
  }
  return null;
}
