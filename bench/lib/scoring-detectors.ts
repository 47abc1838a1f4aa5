import { execFileSync } from 'node:child_process';
import { eld } from 'eld/small';
import * as data from './scoring-data';
import { englishShare, type MultilingualSet } from './scoring-multilingual';

// Outcry's language detection beside eld (Efficient Language Detector, an n-gram model): how often each
// scores a non-English text as English, how often it keeps English as English, its speed and load time.

const eldDetect = (t: string): string => {
  const l = eld.detect(t).language;
  return l === 'nb' || l === 'nn' ? 'no' : l || 'und';
};

function perSecond(texts: readonly string[], fn: (t: string) => string): number {
  let best = 0;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    best = Math.max(best, (texts.length / (performance.now() - t0)) * 1000);
  }
  return best;
}

function eldLoadMs(): number {
  const code = "const t=performance.now();await import('eld/small');console.log(performance.now()-t)";
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  return Number(out.trim());
}

export function detectorTable(
  dir: string,
  sets: readonly MultilingualSet[],
  outcry: (t: string) => string,
): string {
  const english = [
    ...data.readRated(dir, 'sentiment/tweets_dev.tsv').map((r) => r.text),
    ...data.readPreotiuc(dir).map((r) => r.text),
    ...data.readAirline(dir).map((r) => r.text),
  ];
  const detectors = [
    ['Outcry (stopwords + accented letters)', outcry],
    ['eld (small)', eldDetect],
  ] as const;
  const rows = detectors.map(([name, fn]) => {
    const shares = sets.map((s) => `${s.lang} ${(100 * englishShare(fn, s)).toFixed(1)}`).join(' / ');
    const right = sets.map((s) => {
      const all = [...s.train, ...s.heldOut];
      return `${s.lang} ${((100 * all.filter((r) => fn(r.text) === s.lang).length) / all.length).toFixed(1)}`;
    });
    const kept = (100 * english.filter((t) => fn(t) === 'en').length) / english.length;
    const speed = Math.round(perSecond(english, fn)).toLocaleString('en-US');
    return `| ${name} | ${shares} | ${right.join(' / ')} | ${kept.toFixed(1)} | ${speed} |`;
  });
  return [
    '| detector | non-English scored as English, % | detected as the right language, % | English sets kept as English, % | texts/s (Outcry: whole scoring) |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    `\neld import: ${eldLoadMs().toFixed(0)} ms in a fresh process (Outcry's whole scorer: see "load ms" above).`,
  ].join('\n');
}
