import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../server/scoring/analyzer';
import { mergeTaxonomy } from '../../../server/scoring/scorer';
import {
  EMOJI,
  EMOTICON,
  HASHTAG,
  MENTION,
  normOf,
  PUNCT,
  tokenize,
  URL,
  WORD,
} from '../../../server/scoring/tokenizer';

const { lex } = createAnalyzer(mergeTaxonomy(undefined), []);
const kinds = (text: string) => tokenize(text, lex).tokens.map((t) => [t.kind, normOf(text, t)] as const);

describe('tokenizer', () => {
  it.each([
    ["can't", [[WORD, "can't"]]],
    ['can’t', [[WORD, "can't"]]],
    [
      '@MyBank #Fail',
      [
        [MENTION, 'mybank'],
        [HASHTAG, 'fail'],
      ],
    ],
    [
      'see https://x.co/a?b=1 now',
      [
        [WORD, 'see'],
        [URL, ''],
        [WORD, 'now'],
      ],
    ],
    [
      'via pic.twitter.com/abc',
      [
        [WORD, 'via'],
        [URL, ''],
      ],
    ],
    [
      'good :-) bad :(',
      [
        [WORD, 'good'],
        [EMOTICON, ':-)'],
        [WORD, 'bad'],
        [EMOTICON, ':('],
      ],
    ],
    [
      'ok :P',
      [
        [WORD, 'ok'],
        [EMOTICON, ':p'],
      ],
    ],
    [
      'love 😍!',
      [
        [WORD, 'love'],
        [EMOJI, '😍'],
        [PUNCT, '!'],
      ],
    ],
    [
      'wait... what?!',
      [
        [WORD, 'wait'],
        [PUNCT, '.'],
        [WORD, 'what'],
        [PUNCT, '?'],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('flags caps, elongation and numbers', () => {
    const [caps, long, num, name] = tokenize('GREAT soooo 24 Grand', lex).tokens;
    expect(caps).toMatchObject({ caps: true, capitalized: false });
    expect(long).toMatchObject({ elongated: true, caps: false });
    expect(num).toMatchObject({ numeric: true });
    expect(name).toMatchObject({ capitalized: true, caps: false });
  });

  it('counts exclamation and question marks and scripts', () => {
    const t = tokenize('down?? really!!! Приложение', lex);
    expect(t.bangs).toBe(3);
    expect(t.questions).toBe(2);
    expect(t.scripts.cyrillic).toBe(10);
  });

  it('hashes words so that lexicon lookups need no substring', () => {
    const text = 'GOOD good Good';
    const [a, b, c] = tokenize(text, lex).tokens;
    expect(a?.hash).toBe(b?.hash);
    expect(b?.hash).toBe(c?.hash);
    expect(lex.words.find(4, a?.hash ?? 0, a?.hash2 ?? 0)).toBe(lex.terms.get('good'));
  });

  it('keeps offsets that point at the original text', () => {
    const text = '  Payment   never arrived ';
    for (const t of tokenize(text, lex).tokens) {
      expect(text.slice(t.start, t.end).toLowerCase()).toBe(normOf(text, t));
    }
  });
});
