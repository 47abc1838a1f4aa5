const LATIN = new Set([
  'iso-8859-1',
  'latin1',
  'l1',
  'windows-1252',
  'cp1252',
  'us-ascii',
  'ascii',
  'iso8859-1',
]);

/**
 * The encoding family from the first four bytes (XML 1.0 appendix F): a byte-order mark, or the zero
 * bytes around the `<` that starts every document (UTF-16 and UTF-32 without a mark). UTF-32's marks are
 * tested first: FF FE 00 00 also starts like UTF-16LE's.
 */
function bomCharset(b: Uint8Array): string | null {
  const [b0, b1, b2, b3] = b;
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return 'utf-32be';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return 'utf-32le';
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b.length < 4) return null;
  if (b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) return 'utf-32be';
  if (b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) return 'utf-32le';
  if (b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return 'utf-16be';
  if (b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return 'utf-16le';
  return null;
}

/** UTF-32, which TextDecoder does not know; the byte-order mark, if any, is dropped with the rest. */
function decodeUtf32(b: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 3 < b.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (cp === 0xfeff && i === 0) continue;
    chunk.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? cp : 0xfffd);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

export function headerCharset(contentType: string | null): string | null {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return m?.[1] ? m[1].toLowerCase() : null;
}

function declaredCharset(b: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(b.subarray(0, 256));
  const m = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m?.[1] ? m[1].toLowerCase() : null;
}

function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null; // unknown label, or invalid bytes when fatal
  }
}

const hasHighBytes = (b: Uint8Array): boolean => b.some((x) => x >= 0x80);

/**
 * Bytes of an XML feed to text. Order: byte-order mark, HTTP charset, XML declaration, UTF-8. Feeds are
 * often mislabelled, so: a document that claims UTF-8 but is not valid UTF-8 is read as its declared
 * charset or Windows-1252; one that claims Latin-1 but is valid multi-byte UTF-8 is read as UTF-8 (such
 * byte pairs almost never occur in real Latin-1 text).
 */
export function decodeXml(bytes: Uint8Array, contentType: string | null): string {
  const family = bomCharset(bytes);
  if (family === 'utf-32le' || family === 'utf-32be') return decodeUtf32(bytes, family === 'utf-32le');
  // the bytes themselves say UTF-16: a header or declaration saying otherwise is wrong
  if (family === 'utf-16le' || family === 'utf-16be') return new TextDecoder(family).decode(bytes);
  const declared = declaredCharset(bytes);
  const label = family ?? headerCharset(contentType) ?? declared ?? 'utf-8';
  if (label === 'utf-8' || label === 'utf8') {
    const utf8 = tryDecode(bytes, 'utf-8', true);
    if (utf8 !== null) return utf8;
    const fallback = declared && declared !== 'utf-8' && declared !== 'utf8' ? declared : 'windows-1252';
    return tryDecode(bytes, fallback, false) ?? new TextDecoder('windows-1252').decode(bytes);
  }
  if (LATIN.has(label) && hasHighBytes(bytes)) {
    const utf8 = tryDecode(bytes, 'utf-8', true);
    if (utf8 !== null) return utf8;
  }
  return tryDecode(bytes, label, false) ?? new TextDecoder('utf-8').decode(bytes);
}
