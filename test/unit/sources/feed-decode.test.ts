import { describe, expect, it } from 'vitest';
import { decodeXml, headerCharset } from '../../../server/feeds/sources/feed-decode';
import { fixture } from '../../helpers/feed-servers';

const doc = (decl: string, body: string) =>
  `<?xml version="1.0"${decl}?><rss><channel><title>${body}</title></channel></rss>`;

describe('decodeXml', () => {
  it('reads ISO-8859-1 from the XML declaration when HTTP says nothing', () => {
    expect(decodeXml(fixture('latin1-declared.xml'), 'application/rss+xml')).toContain(
      'Problème de connexion à',
    );
  });

  it('falls back to Windows-1252 when undeclared bytes are not UTF-8', () => {
    expect(decodeXml(fixture('latin1-undeclared.xml'), 'text/xml')).toContain('Ça ne marche pas');
  });

  it('falls back to the declared charset when HTTP wrongly claims UTF-8', () => {
    expect(decodeXml(fixture('latin1-declared.xml'), 'text/xml; charset=utf-8')).toContain('Crédit');
  });

  it('reads UTF-8 mislabelled as Latin-1 as UTF-8', () => {
    const bytes = new TextEncoder().encode(doc(' encoding="ISO-8859-1"', 'Überweisung – café'));
    expect(decodeXml(bytes, 'text/xml; charset=iso-8859-1')).toContain('Überweisung – café');
  });

  it('honours a byte-order mark and an HTTP charset', () => {
    const utf16 = Buffer.from(`\ufeff${doc('', 'grüße')}`, 'utf16le');
    expect(decodeXml(utf16, null)).toContain('grüße');
    const cp1251 = new Uint8Array([
      ...new TextEncoder().encode('<r>'),
      0xcf,
      0xf0,
      0xe8,
      ...new TextEncoder().encode('</r>'),
    ]);
    expect(decodeXml(cp1251, 'text/xml; charset="windows-1251"')).toBe('<r>При</r>');
  });

  it('treats an unknown charset label as UTF-8 instead of failing', () => {
    expect(decodeXml(new TextEncoder().encode(doc(' encoding="x-klingon"', 'ok')), null)).toContain('ok');
  });

  it('headerCharset parses quoted and unquoted parameters', () => {
    expect(headerCharset('application/rss+xml; charset="UTF-8"')).toBe('utf-8');
    expect(headerCharset('text/xml;charset=ISO-8859-1')).toBe('iso-8859-1');
    expect(headerCharset('text/xml')).toBeNull();
  });
});
