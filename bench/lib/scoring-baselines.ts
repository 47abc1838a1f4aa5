import { createRequire } from 'node:module';

// The tools people would otherwise pick, loaded without their (missing) type declarations.
// natural is loaded by submodule: its package root patches Math.sign and loads database drivers.

export interface Baseline {
  name: string;
  score: (text: string) => number;
  /** Scores with |s| below this are neutral in the 3-class protocol. */
  band: number;
  /** The README's complaint rule for this tool. */
  complaint: (score: number) => boolean;
}

type Fn = (...args: unknown[]) => unknown;

function prop(obj: unknown, key: string): unknown {
  return typeof obj === 'object' || typeof obj === 'function'
    ? (obj as Record<string, unknown>)?.[key]
    : undefined;
}

function num(x: unknown): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : 0;
}

function asFn(x: unknown, what: string): Fn {
  if (typeof x !== 'function') throw new Error(`bench: ${what} is not a function`);
  return x as Fn;
}

/** All three, or only the one whose name starts with `only` (used to time loading alone). */
export function loadBaselines(only?: string): Baseline[] {
  const require = createRequire(import.meta.url);
  const out: Baseline[] = [];
  const want = (name: string) => only === undefined || name.toLowerCase().startsWith(only);

  if (want('vader')) out.push(vaderBaseline(require));
  if (want('sentiment')) out.push(afinnBaseline(require));
  if (want('natural')) out.push(naturalBaseline(require));
  return out;
}

function vaderBaseline(require: NodeJS.Require): Baseline {
  const vader = prop(require('vader-sentiment'), 'SentimentIntensityAnalyzer');
  const polarity = asFn(prop(vader, 'polarity_scores'), 'vader polarity_scores');
  return {
    name: 'VADER',
    score: (t) => num(prop(polarity(t), 'compound')),
    band: 0.05,
    complaint: (s) => s <= -0.05,
  };
}

function afinnBaseline(require: NodeJS.Require): Baseline {
  const SentimentCtor = require('sentiment') as new () => unknown;
  const afinn = new SentimentCtor();
  const analyze = asFn(prop(afinn, 'analyze'), 'sentiment analyze').bind(afinn);
  return {
    name: 'sentiment (AFINN-165)',
    score: (t) => num(prop(analyze(t), 'score')),
    band: Number.MIN_VALUE,
    complaint: (s) => s < 0,
  };
}

function naturalBaseline(require: NodeJS.Require): Baseline {
  const path = 'natural/lib/natural/sentiment/SentimentAnalyzer.js';
  const Analyzer = prop(require(path), 'default') ?? require(path);
  const Tok = prop(require('natural/lib/natural/tokenizers/regexp_tokenizer.js'), 'WordTokenizer');
  const analyzer = new (Analyzer as new (...a: unknown[]) => unknown)('English', null, 'afinn');
  const tokenizer = new (Tok as new () => unknown)();
  const getSentiment = asFn(prop(analyzer, 'getSentiment'), 'natural getSentiment').bind(analyzer);
  const tokenize = asFn(prop(tokenizer, 'tokenize'), 'natural tokenize').bind(tokenizer);
  return {
    name: 'natural (afinn)',
    score: (t) => num(getSentiment(tokenize(t))),
    band: Number.MIN_VALUE,
    complaint: (s) => s < 0,
  };
}
