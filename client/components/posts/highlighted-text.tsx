import type { Why } from '../../../shared/score';
import { highlightSegments } from '../../lib/highlight';

type HighlightedTextProps = { text: string; why: readonly Why[] };

/** Post text as React text nodes (never HTML), with the scorer's evidence terms marked. */
export function HighlightedText({ text, why }: HighlightedTextProps) {
  const rules = new Map(why.map((w) => [w.term.toLowerCase(), w.rule]));
  let offset = 0;
  return (
    <>
      {highlightSegments(text, why).map((segment) => {
        const key = offset;
        offset += segment.text.length;
        if (!segment.match) return <span key={key}>{segment.text}</span>;
        const rule = rules.get(segment.text.toLowerCase());
        return (
          <mark key={key} className="why" title={rule ? `Scored by: ${rule}` : 'Scoring evidence'}>
            {segment.text}
          </mark>
        );
      })}
    </>
  );
}
