import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../server/scoring/analyzer';
import { mergeTaxonomy } from '../../../server/scoring/scorer';
import {
  EMOJI,
  EMOTICON,
  HASHTAG,
  MENTION,
  PUNCT,
  tokenize,
  URL,
  WORD,
} from '../../../server/scoring/tokenizer';

const { lex } = createAnalyzer(mergeTaxonomy(undefined), []);
const kinds = (text: string) => tokenize(text, lex.emoticons).tokens.map((t) => [t.kind, t.norm] as const);

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
    const [caps, long, num] = tokenize('GREAT soooo 24', lex.emoticons).tokens;
    expect(caps).toMatchObject({ norm: 'great', caps: true });
    expect(long).toMatchObject({ norm: 'soooo', elongated: true });
    expect(num).toMatchObject({ numeric: true });
  });

  it('counts exclamation and question marks and scripts', () => {
    const t = tokenize('down?? really!!! Приложение', lex.emoticons);
    expect(t.bangs).toBe(3);
    expect(t.questions).toBe(2);
    expect(t.scripts.cyrillic).toBe(10);
  });

  it('keeps offsets that point at the original text', () => {
    const text = '  Payment   never arrived ';
    for (const t of tokenize(text, lex.emoticons).tokens) {
      expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.norm);
    }
  });
});
