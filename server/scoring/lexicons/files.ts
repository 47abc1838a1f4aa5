import { readFileSync } from 'node:fs';

// The one loader for the lexicon data files in ./files (TSV and JSON), read when a scorer is created or a
// language is first met. Attribution and sources: ./files/README.md.

/** Lines of a TSV data file, without the trailing empty line. */
export function readLexiconLines(name: string): string[] {
  const text = readFileSync(new URL(`./files/${name}`, import.meta.url), 'utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A JSON data file, parsed (the caller checks its shape). */
export function readLexiconJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./files/${name}`, import.meta.url), 'utf8'));
}
