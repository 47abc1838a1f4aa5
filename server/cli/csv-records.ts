/**
 * RFC 4180 CSV, read line by line so one bad record costs only itself. A quoted field may span lines; when
 * its quote never closes properly (end of file, text after the closing quote, a field count other than the
 * header's, a following line that is a whole record by itself, or an implausibly long record) the record
 * is rejected at the line where it started and reading resumes on the next line, instead of the rest of
 * the file being swallowed into one field and the error named at a line far below.
 */

export type CsvRecord = { line: number; fields: string[] } | { line: number; error: string };

/** A post's text is at most 100,000 characters: a record far longer is an unclosed quote. */
const MAX_RECORD_CHARS = 200_000;

type Open = {
  fields: string[];
  cur: string;
  quoted: boolean;
  closed: boolean;
  fresh: boolean;
  /** the field whose quote runs past the end of the record's first line */
  spanning: number;
};
type Step = { done: boolean } | { afterQuote: number };

const start = (): Open => ({ fields: [], cur: '', quoted: false, closed: false, fresh: true, spanning: -1 });

/** Feeds one physical line into the record being read. */
function feed(r: Open, text: string): Step {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (r.quoted) {
      if (c !== '"') r.cur += c;
      else if (text[i + 1] === '"') {
        r.cur += '"';
        i++;
      } else {
        r.quoted = false;
        r.closed = true;
      }
    } else if (c === ',') {
      r.fields.push(r.cur);
      Object.assign(r, { cur: '', closed: false, fresh: true });
    } else if (r.closed) {
      return { afterQuote: r.fields.length };
    } else if (c === '"' && r.fresh) {
      Object.assign(r, { quoted: true, fresh: false });
    } else {
      r.cur += c;
      r.fresh = false;
    }
  }
  if (r.quoted) {
    if (r.spanning < 0) r.spanning = r.fields.length;
    r.cur += '\n';
    return { done: false };
  }
  r.fields.push(r.cur);
  return { done: true };
}

/**
 * Splits CSV lines (without their line breaks) into records, each with the 1-based line it starts on; the
 * first record is the header. `columnName(i)` names field i in messages.
 */
export function createCsvReader(columnName: (index: number) => string) {
  let header: number | null = null;
  let pending: { line: number; text: string }[] = [];
  let record = start();
  let chars = 0;

  const unclosed = () =>
    `the quote opened in ${columnName(record.spanning)} is never closed (check for a stray " on this line)`;

  /** Pushes one line; returns the records it completes (several when a failed record is re-read). */
  function push(line: number, text: string, out: CsvRecord[] = []): CsvRecord[] {
    if (pending.length === 0 && text.trim() === '') return out;
    if (pending.length > 0 && isWholeRecord(text)) {
      fail(unclosed(), out);
      return push(line, text, out);
    }
    pending.push({ line, text });
    chars += text.length;
    const step = feed(record, text);
    if ('afterQuote' in step) {
      const where = `${columnName(step.afterQuote)} has text after its closing quote`;
      return fail(pending.length > 1 ? unclosed() : where, out);
    }
    if (!step.done) return chars > MAX_RECORD_CHARS ? fail(unclosed(), out) : out;
    if (pending.length > 1 && header !== null && record.fields.length !== header)
      return fail(unclosed(), out);
    if (header === null) header = record.fields.length;
    out.push({ line: pending[0]?.line ?? line, fields: record.fields });
    reset();
    return out;
  }

  function reset() {
    pending = [];
    record = start();
    chars = 0;
  }

  /** A line that parses by itself into exactly the header's fields starts a record; it does not continue one. */
  function isWholeRecord(text: string): boolean {
    if (header === null || !text.includes(',')) return false;
    const r = start();
    const step = feed(r, text);
    return 'done' in step && step.done && r.fields.length === header;
  }

  /** Rejects the record at its first line and reads the lines after it again. */
  function fail(error: string, out: CsvRecord[]): CsvRecord[] {
    const [first, ...rest] = pending;
    reset();
    if (first) out.push({ line: first.line, error });
    for (const l of rest) push(l.line, l.text, out);
    return out;
  }

  /** End of input: a record still open had a quote that never closed. */
  function end(): CsvRecord[] {
    return pending.length > 0 ? fail(unclosed(), []) : [];
  }

  return { push, end };
}
