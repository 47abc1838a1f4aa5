import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../client/lib/highlight';

const marked = (text: string, terms: string[]) =>
  highlightSegments(
    text,
    terms.map((term) => ({ term })),
  )
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('highlightSegments', () => {
  it.each([
    ['whole words, any case', 'App is DOWN again', ['down'], 'App is [DOWN] again'],
    ['not inside another word', 'download the app', ['down', 'app'], 'download the [app]'],
    ['every occurrence', 'down, down, down', ['down'], '[down], [down], [down]'],
    ['phrases', "I can't log in today", ["can't log in"], "I [can't log in] today"],
    ['not the start of a longer word', 'the app keeps crashing', ['crash'], 'the app keeps crashing'],
    ['overlapping terms merge', 'card declined', ['card declined', 'declined'], '[card declined]'],
    ['regex characters are literal', 'fees (again) $$$', ['(again)', '$$$'], 'fees [(again)] [$$$]'],
    ['letters beyond ASCII', 'não consigo entrar', ['não'], '[não] consigo entrar'],
    ['no terms', 'all fine', [], 'all fine'],
    ['terms that are not there', 'all fine', ['outage', ' '], 'all fine'],
  ])('%s', (_name, text, terms, expected) => {
    expect(marked(text, terms)).toBe(expected);
  });

  it('keeps every character of the text, in order', () => {
    const text = '<b>broken</b> & <script>alert(1)</script> broken';
    const segments = highlightSegments(text, [{ term: 'broken' }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match)).toHaveLength(2);
  });
});
