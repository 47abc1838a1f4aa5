import { describe, expect, it } from 'vitest';
import { type CsvRecord, createCsvReader } from '../../server/cli/csv-records';

const NAMES = ['id', 'author', 'text'];

function read(lines: string[]): CsvRecord[] {
  const reader = createCsvReader((i) => `field \`${NAMES[i] ?? i + 1}\``);
  const out = lines.flatMap((text, i) => reader.push(i + 1, text));
  return [...out, ...reader.end()];
}

describe('CSV records, line by line', () => {
  it('reads quoted commas, doubled quotes and a quoted field over two lines, each at its first line', () => {
    expect(
      read(['id,author,text', '1,a,"x, y"', '2,b,"say ""hi"""', '3,c,"one', 'two"', '', '4,d,plain']),
    ).toEqual([
      { line: 1, fields: NAMES },
      { line: 2, fields: ['1', 'a', 'x, y'] },
      { line: 3, fields: ['2', 'b', 'say "hi"'] },
      { line: 4, fields: ['3', 'c', 'one\ntwo'] },
      { line: 7, fields: ['4', 'd', 'plain'] },
    ]);
  });

  it('an unclosed quote rejects its own line, naming the field, and the lines after it are read', () => {
    const out = read(['id,author,text', '1,a,"never closed', '2,b,fine', '3,c,"also fine"']);
    expect(out[1]).toEqual({
      line: 2,
      error: expect.stringMatching(/quote opened in field `text` is never closed/),
    });
    expect(out.slice(2)).toEqual([
      { line: 3, fields: ['2', 'b', 'fine'] },
      { line: 4, fields: ['3', 'c', 'also fine'] },
    ]);
  });

  it('an unclosed quote on the last line is rejected at that line', () => {
    expect(read(['id,author,text', '1,a,ok', '2,b,"dangling']).at(-1)).toEqual({
      line: 3,
      error: expect.stringContaining('never closed'),
    });
  });

  it('a quote swallowing lines that do not form records is still caught when it closes in the wrong place', () => {
    // line 2 opens a quote; lines 3-4 are not whole records, and line 4's quote closes it followed by text
    const out = read(['id,author,text', '1,a,"open', 'more text', 'x "quoted" end', '5,e,ok']);
    expect(out.slice(1)).toEqual([
      { line: 2, error: expect.stringContaining('never closed') },
      { line: 3, fields: ['more text'] },
      { line: 4, fields: ['x "quoted" end'] },
      { line: 5, fields: ['5', 'e', 'ok'] },
    ]);
  });

  it('text after a closing quote on one line is that line’s error', () => {
    expect(read(['id,author,text', '1,"a"b,c'])[1]).toEqual({
      line: 2,
      error: 'field `author` has text after its closing quote',
    });
  });
});
