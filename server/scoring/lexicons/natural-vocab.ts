import { createRequire } from 'node:module';

// Non-English vocabularies shipped inside natural (the data files its SentimentAnalyzer uses), read by
// path so the natural package root, with its global side effects, is never loaded. Values are rescaled
// to VADER's -4..+4 so one scoring routine serves every language.

const BASE = 'natural/lib/natural/sentiment/';

interface VocabSource {
  file: string;
  /** Field holding the polarity, or null when the JSON maps word -> number directly. */
  field: 'polarity' | 'pol' | null;
  scale: number;
}

const SOURCES: Readonly<Record<string, readonly VocabSource[]>> = {
  es: [
    { file: 'Spanish/afinnShortSortedSpanish.json', field: null, scale: 0.7 },
    { file: 'Spanish/senticon_es.json', field: 'pol', scale: 2.5 },
  ],
  pt: [{ file: 'Portuguese/afinnShortSortedPortuguese.json', field: null, scale: 0.7 }],
  fr: [{ file: 'French/pattern-sentiment-fr.json', field: 'polarity', scale: 3 }],
  de: [{ file: 'German/pattern-sentiment-de.json', field: 'polarity', scale: 3 }],
  it: [{ file: 'Italian/pattern-sentiment-it.json', field: 'polarity', scale: 3 }],
  nl: [{ file: 'Dutch/pattern-sentiment-nl.json', field: 'polarity', scale: 3 }],
  ca: [{ file: 'Catalan/senticon_ca.json', field: 'pol', scale: 2.5 }],
  gl: [{ file: 'Galician/senticon_gl.json', field: 'pol', scale: 2.5 }],
  eu: [{ file: 'Basque/senticon_eu.json', field: 'pol', scale: 2.5 }],
};

/** natural's negation lists where it has one, completed for the languages it lacks. */
const NEGATIONS: Readonly<Record<string, readonly string[]>> = {
  es: ['no', 'nunca', 'jamás', 'jamas', 'ni', 'tampoco', 'nada', 'sin'],
  pt: ['não', 'nao', 'nunca', 'jamais', 'nem', 'sem', 'nada'],
  fr: ['ne', 'pas', "n'", 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'plus'],
  de: ['kein', 'keine', 'keinen', 'keiner', 'nein', 'nicht', 'nie', 'niemals', 'ohne', 'nichts'],
  it: ['non', 'mai', 'nessuno', 'nessuna', 'niente', 'nulla', 'senza', 'né'],
  nl: ['niet', 'nooit', 'niemand', 'niets', 'nee', 'neen', 'geen', 'zonder'],
  ca: ['no', 'mai', 'cap', 'res', 'sense'],
  gl: ['non', 'nunca', 'nada', 'sen'],
  eu: ['ez', 'inoiz', 'ezer', 'gabe'],
};

export const NATURAL_LANGUAGES: readonly string[] = Object.keys(SOURCES);

export interface ForeignVocab {
  valence: ReadonlyMap<string, number>;
  negators: ReadonlySet<string>;
}

function polarityOf(entry: unknown, field: VocabSource['field']): number {
  if (field === null) return typeof entry === 'number' ? entry : Number.NaN;
  if (typeof entry !== 'object' || entry === null) return Number.NaN;
  const raw: unknown = (entry as Record<string, unknown>)[field];
  return typeof raw === 'string' || typeof raw === 'number' ? Number(raw) : Number.NaN;
}

function sensesOf(entry: unknown): string[] {
  if (typeof entry !== 'object' || entry === null) return [];
  const sense: unknown = (entry as Record<string, unknown>).sense;
  // German pattern data lists inflected forms in `sense`; Dutch uses it for a gloss (has spaces).
  if (typeof sense !== 'string' || sense.includes(' ')) return [];
  return sense.split(',');
}

/** Reads one language's vocabulary; returns null when natural has none for it. */
export function loadNaturalVocab(lang: string): ForeignVocab | null {
  const sources = SOURCES[lang];
  if (!sources) return null;
  const require = createRequire(import.meta.url);
  const valence = new Map<string, number>();
  for (const src of sources) {
    const data: unknown = require(BASE + src.file);
    if (typeof data !== 'object' || data === null) continue;
    for (const [word, entry] of Object.entries(data)) {
      const p = polarityOf(entry, src.field);
      if (!Number.isFinite(p) || p === 0) continue;
      const key = word.toLowerCase();
      if (!valence.has(key)) valence.set(key, p * src.scale);
      for (const form of sensesOf(entry)) {
        const f = form.trim().toLowerCase();
        if (f && !valence.has(f)) valence.set(f, p * src.scale);
      }
    }
  }
  return { valence, negators: new Set(NEGATIONS[lang] ?? []) };
}
