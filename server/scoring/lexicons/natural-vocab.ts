import { createRequire } from 'node:module';
import type { Band } from '../sentiment';
import { readLexiconJson } from './files';

// Non-English vocabularies: those shipped inside natural (the data files its SentimentAnalyzer uses), read
// by path so the natural package root, with its global side effects, is never loaded, and Outcry's own data
// files in ./files (Norwegian derived from NoReC, Swedish and Danish written by hand). Values are rescaled to
// VADER's -4..+4 so one scoring routine serves every language.

const BASE = 'natural/lib/natural/sentiment/';

interface VocabSource {
  /** A path inside natural, or './files/...' for Outcry's own files. */
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
  no: [
    { file: './files/sentiment-no-hand.json', field: null, scale: 1 },
    { file: './files/sentiment-no.json', field: null, scale: 1 },
  ],
  sv: [{ file: './files/sentiment-sv.json', field: null, scale: 1 }],
  da: [{ file: './files/sentiment-da.json', field: null, scale: 1 }],
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
  no: ['ikke', 'ikkje', 'aldri', 'ingen', 'ingenting', 'inga', 'intet', 'verken', 'uten', 'utan', 'ei'],
  sv: ['inte', 'ej', 'aldrig', 'ingen', 'inget', 'inga', 'ingenting', 'utan', 'varken'],
  da: ['ikke', 'aldrig', 'ingen', 'intet', 'ingenting', 'uden', 'hverken'],
};

export const FOREIGN_LANGUAGES: readonly string[] = Object.keys(SOURCES);

export interface ForeignVocab {
  valence: ReadonlyMap<string, number>;
  negators: ReadonlySet<string>;
  /** The language's own neutral band (data files may set one); the English bands otherwise. */
  band?: Band;
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

function bandsFor(lang: string): object {
  const doc = readLexiconJson('bands.json');
  const bands: unknown =
    typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>).bands : null;
  const band: unknown =
    typeof bands === 'object' && bands !== null ? (bands as Record<string, unknown>)[lang] : null;
  return typeof band === 'object' && band !== null ? band : {};
}

/** `data.band`, or `data` itself when it is a band. */
function bandOf(data: object): Band | undefined {
  const band: unknown = 'band' in data ? data.band : data;
  if (typeof band !== 'object' || band === null) return undefined;
  const { single, multi } = band as Record<string, unknown>;
  return typeof single === 'number' && typeof multi === 'number' ? { single, multi } : undefined;
}

/** Reads one language's vocabulary; returns null when there is none for it. */
export function loadForeignVocab(lang: string): ForeignVocab | null {
  const sources = SOURCES[lang];
  if (!sources) return null;
  const require = createRequire(import.meta.url);
  const valence = new Map<string, number>();
  let band: Band | undefined;
  for (const src of sources) {
    const own = src.file.startsWith('./');
    let data: unknown = own ? readLexiconJson(src.file.slice('./files/'.length)) : require(BASE + src.file);
    if (typeof data !== 'object' || data === null) continue;
    if (own) {
      band ??= bandOf(data);
      data = (data as Record<string, unknown>).valence;
      if (typeof data !== 'object' || data === null) continue;
    }
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
  band ??= bandOf(bandsFor(lang));
  const negators = new Set(NEGATIONS[lang] ?? []);
  return band ? { valence, negators, band } : { valence, negators };
}
