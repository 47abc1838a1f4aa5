import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Class3 } from './scoring-metrics';

// Readers for ../shared/bench/multilingual (see its SOURCE.md): one JSON object a line, {id, text, label, lang}.
// Measurement data only: the texts never leave the benchmark.

export interface LabelledText {
  text: string;
  gold: Class3;
  lang: string;
}

/** [name shown in the table, train file, held-out (val/dev) file] */
export const MULTILINGUAL_SETS: ReadonlyArray<readonly [string, string, string]> = [
  ...['es', 'fr', 'de', 'it', 'pt'].map(
    (l) => [`xlmt ${l}`, `multilingual/xlmt_${l}_train.ndjson`, `multilingual/xlmt_${l}_val.ndjson`] as const,
  ),
  [
    'NoReC no',
    'multilingual/norec_sentence_3class_train.ndjson',
    'multilingual/norec_sentence_3class_dev.ndjson',
  ],
];

const CLASS: Readonly<Record<string, Class3>> = { negative: -1, neutral: 0, positive: 1 };

export function readLabelled(dataDir: string, file: string): LabelledText[] {
  const out: LabelledText[] = [];
  for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row: unknown = JSON.parse(line);
    if (typeof row !== 'object' || row === null) continue;
    const { text, label, lang } = row as Record<string, unknown>;
    const gold = typeof label === 'string' ? CLASS[label] : undefined;
    if (typeof text === 'string' && gold !== undefined)
      out.push({ text, gold, lang: typeof lang === 'string' ? lang : 'und' });
  }
  return out;
}
