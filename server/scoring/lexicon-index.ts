import type { PhraseNode, TermInfo } from './term-info';
import { emptyInfo } from './term-info';
import { WordTable } from './word-table';

/**
 * Gives every single-token term an id, puts them in a WordTable, and keys phrases by the ids of their
 * words, so that matching a phrase costs integer Map lookups instead of building "w1 w2" strings.
 */
export function indexLexicon(
  terms: Map<string, TermInfo>,
  phrases: ReadonlyMap<string, TermInfo>,
): WordTable<TermInfo> {
  for (const key of phrases.keys()) {
    for (const w of key.split(' ')) if (!terms.has(w)) terms.set(w, emptyInfo(1));
  }
  let id = 0;
  for (const info of terms.values()) info.id = id++;
  for (const [key, info] of phrases) {
    const [a, b, c] = key.split(' ').map((w) => terms.get(w));
    if (!a || !b) continue;
    a.phrases ??= new Map<number, PhraseNode>();
    const node = a.phrases.get(b.id) ?? {};
    a.phrases.set(b.id, node);
    if (!c) node.two = info;
    else {
      node.three ??= new Map();
      node.three.set(c.id, info);
    }
  }
  return new WordTable(terms, terms.size);
}
