import { parseInstant } from '../../../shared/time';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 822 names plus the abbreviations real feeds emit anyway. Offsets in minutes east of UTC.
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  ast: -240,
  adt: -180,
  nzst: 720,
  nzdt: 780,
  bst: 60,
  west: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  ist: 330,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  acst: 570,
  awst: 480,
};

const RFC822 =
  /^(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([a-z]{1,5}|[+-]\d{2}:?\d{2})?(?:\s*\(.*\))?$/i;

function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (!zone) return 0; // no zone at all: RFC 822 says nothing better than UTC
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const sign = numeric[1] === '-' ? -1 : 1;
    return sign * (Number(numeric[2]) * 60 + Number(numeric[3]));
  }
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  // RFC 2822 §4.3: military single letters are unreliable and "SHOULD" be read as -0000.
  return /^[a-z]$/i.test(zone) ? 0 : null;
}

function parseRfc822(value: string): number | null {
  const m = RFC822.exec(value);
  if (!m) return null;
  const [, day, monthName = '', yearText = '', hour, minute, second, zone] = m;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  else if (yearText.length === 3) year += 1900;
  const offset = zoneOffsetMinutes(zone);
  if (month < 0 || offset === null) return null;
  const utc = Date.UTC(year, month, Number(day), Number(hour), Number(minute), Number(second ?? 0));
  const check = new Date(utc);
  if (check.getUTCDate() !== Number(day) || Number(hour) > 23 || Number(minute) > 59) return null;
  return utc - offset * 60_000;
}

const ISO_NO_ZONE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?))?$/;

/**
 * Parse the dates feeds really carry: RFC 822/2822 (`Mon, 02 Mar 2026 08:12:00 +0100`, `... EST`,
 * two-digit years, no weekday) and ISO 8601 / RFC 3339. A zone-less ISO time is read as UTC (feeds that
 * omit it are nearly always UTC). Returns epoch ms or null; never falls back to the host's time zone.
 */
export function parseFeedDate(raw: string | undefined | null): number | null {
  if (!raw) return null;
  const value = raw.trim().replace(/\s+/g, ' ');
  if (!value) return null;
  const zoned = parseInstant(value);
  if (zoned !== null) return zoned;
  const iso = ISO_NO_ZONE.exec(value);
  if (iso) {
    const ms = Date.parse(`${iso[1]}T${iso[2] ?? '00:00:00'}Z`);
    return Number.isFinite(ms) ? ms : null;
  }
  return parseRfc822(value);
}
