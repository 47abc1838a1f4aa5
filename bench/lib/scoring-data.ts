import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

// Readers for the shared benchmark files (see /work/shared/bench/*/SOURCE.md for formats).

export interface RatedText {
  rating: number;
  text: string;
}

export interface ComplaintText {
  text: string;
  complaint: boolean;
  /** Airline negative reason, '' when none or not an airline row. */
  reason: string;
}

export const SENTIMENT_SETS: ReadonlyArray<readonly [string, string]> = [
  ['tweets', 'sentiment/tweets_dev.tsv'],
  ['movie', 'sentiment/movieReviewSnippets_GroundTruth.txt'],
  ['amazon', 'sentiment/amazonReviewSnippets_GroundTruth.txt'],
  ['nyt', 'sentiment/nytEditorialSnippets_GroundTruth.txt'],
];

export function readRated(dataDir: string, file: string): RatedText[] {
  const out: RatedText[] = [];
  for (const line of readFileSync(join(dataDir, file), 'utf8').split(/\r?\n/)) {
    const a = line.indexOf('\t');
    const b = line.indexOf('\t', a + 1);
    if (a < 0 || b < 0) continue;
    const rating = Number(line.slice(a + 1, b));
    if (Number.isFinite(rating)) out.push({ rating, text: line.slice(b + 1) });
  }
  return out;
}

function rows(path: string): string[][] {
  const parsed: unknown = parse(readFileSync(path, 'utf8'), { relax_column_count: true, relax_quotes: true });
  return Array.isArray(parsed) ? parsed.filter((r): r is string[] => Array.isArray(r)) : [];
}

export function readPreotiuc(dataDir: string): ComplaintText[] {
  return rows(join(dataDir, 'complaints/preotiuc2019_complaints_dev.csv')).map((r) => ({
    text: r[1] ?? '',
    complaint: r[2] === '1',
    reason: '',
  }));
}

/** Undoes the CrowdFlower find-and-replace artefact described in the airline SOURCE.md. */
export function undoAirlineArtefact(text: string): string {
  return text
    .replaceAll('Late Flight', 'late')
    .replaceAll('Cancelled Flight', 'cancel')
    .replaceAll('Flight Booking Problems', 'booking');
}

export function readAirline(dataDir: string): ComplaintText[] {
  const all = rows(join(dataDir, 'complaints/airline_tweets_dev.csv'));
  const header = all[0] ?? [];
  const iText = header.indexOf('text');
  const iSent = header.indexOf('airline_sentiment');
  const iReason = header.indexOf('negativereason');
  return all.slice(1).map((r) => ({
    text: undoAirlineArtefact(r[iText] ?? ''),
    complaint: r[iSent] === 'negative',
    reason: r[iReason] ?? '',
  }));
}
