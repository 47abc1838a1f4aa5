import { createInterface } from 'node:readline';
import { z } from 'zod';
import { LangSchema } from '../../shared/post';
import { describeIssues } from '../ingest/describe-issue';
import { defaultScoreFn } from '../ingest/score-fn';
import type { Command } from './io';

const LineSchema = z.object({ id: z.unknown(), text: z.string().max(100_000), lang: LangSchema.optional() });

export const analyzeCommand: Command = {
  name: 'analyze',
  usage: `Usage: outcry analyze < posts.ndjson

Reads one JSON object per line, {"id": ..., "text": "...", "lang"?: "en"}, and writes one line per input:
{"id","sentiment","label","complaint","complaintScore","categories","harm","leaving","lang","scored"};
label is "unscored" (and scored false) for a language Outcry has no lexicon for.
A bad line yields {"line": n, "error": "..."} and processing continues; exit code 1 if any line was bad.`,
  async run(_argv, io) {
    const score = defaultScoreFn();
    let line = 0;
    let bad = 0;
    for await (const text of createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
      line++;
      if (!text.trim()) continue;
      let out: unknown;
      try {
        const json: unknown = JSON.parse(text);
        const parsed = LineSchema.safeParse(json);
        if (!parsed.success) throw new Error(describeIssues(parsed.error.issues, json).reason);
        const s = score(parsed.data.text, parsed.data.lang);
        out = {
          id: parsed.data.id,
          sentiment: s.sentiment,
          label: s.scored ? s.label : 'unscored',
          complaint: s.complaint,
          complaintScore: s.complaintScore,
          categories: s.categories,
          harm: s.harm,
          leaving: s.leaving ?? false,
          lang: s.lang,
          scored: s.scored,
        };
      } catch (err) {
        bad++;
        out = {
          line,
          error: err instanceof SyntaxError ? `not valid JSON: ${err.message}` : (err as Error).message,
        };
      }
      if (!io.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => io.stdout.once('drain', r));
    }
    return bad > 0 ? 1 : 0;
  },
};
