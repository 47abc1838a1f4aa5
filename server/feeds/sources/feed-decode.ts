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

function bomCharset(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
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
  const declared = declaredCharset(bytes);
  const label = bomCharset(bytes) ?? headerCharset(contentType) ?? declared ?? 'utf-8';
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
