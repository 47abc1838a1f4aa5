import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { SCREENSHOT_DIR } from './harness';

/**
 * The text of a PDF, for checking what a printed report says. Uses `pdftotext` (Debian poppler-utils)
 * when it is installed, else a small reader for the PDFs Chromium writes: Flate streams, Type0 fonts
 * with ToUnicode maps, text shown with Tj/TJ. Whitespace is collapsed either way.
 */
export function pdfText(pdf: Buffer): string {
  const viaPoppler = popplerText(pdf);
  return (viaPoppler ?? readPdfText(pdf)).normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * Text without any whitespace, for "does the PDF say X" checks: PDFs place some glyphs one by one, so
 * where a reader puts spaces is not reliable ("1 1 min" for "11 min").
 */
export const compact = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

function popplerText(pdf: Buffer): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'outcry-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type PdfObject = { dict: string; data: Buffer | null };

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const s = body.indexOf('stream');
    let data: Buffer | null = null;
    let dict = body;
    if (s >= 0) {
      dict = body.slice(0, s);
      const from = start + s + 'stream'.length + (body[s + 6] === '\r' ? 2 : 1);
      const raw = pdf.subarray(from, start + body.lastIndexOf('endstream'));
      try {
        data = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
      } catch {
        data = null;
      }
    }
    out.set(Number(m[1]), { dict, data });
    re.lastIndex = end;
  }
  return out;
}

const hexBytes = (hex: string): number[] => {
  const clean = hex.replace(/[^0-9a-fA-F]/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < clean.length; i += 2)
    bytes.push(Number.parseInt(clean.slice(i, i + 2).padEnd(2, '0'), 16));
  return bytes;
};
const utf16 = (hex: string): string => {
  const b = hexBytes(hex);
  let s = '';
  for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode(((b[i] ?? 0) << 8) | (b[i + 1] ?? 0));
  return s;
};

/** code -> text from a ToUnicode CMap (bfchar and bfrange sections). */
function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const sec of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (sec[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(Number.parseInt(m[1] ?? '0', 16), utf16(m[2] ?? ''));
  }
  for (const sec of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (sec[1] ?? '').matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g,
    )) {
      const lo = Number.parseInt(m[1] ?? '0', 16);
      const hi = Number.parseInt(m[2] ?? '0', 16);
      const dst = m[3] ?? '';
      if (dst.startsWith('[')) {
        let i = 0;
        for (const d of dst.matchAll(/<([0-9a-fA-F]+)>/g)) map.set(lo + i++, utf16(d[1] ?? ''));
      } else {
        const first = utf16(dst.slice(1, -1));
        const base = first.charCodeAt(first.length - 1);
        for (let c = lo; c <= hi; c++) map.set(c, first.slice(0, -1) + String.fromCharCode(base + (c - lo)));
      }
    }
  }
  return map;
}

export function readPdfText(pdf: Buffer): string {
  const objs = objects(pdf);
  // Font resource name -> its ToUnicode map (Chromium names fonts uniquely within a document).
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objs.values()) {
    for (const block of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const ref of (block[1] ?? '').matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
        const font = objs.get(Number(ref[2]));
        const tu = font?.dict.match(/\/ToUnicode\s+(\d+) 0 R/);
        const cmap = tu ? objs.get(Number(tu[1]))?.data : null;
        if (cmap) fonts.set(ref[1] ?? '', parseCMap(cmap.toString('latin1')));
      }
    }
  }
  const chunks: string[] = [];
  for (const { dict, data } of objs.values()) {
    if (!data || dict.includes('/Subtype') || !dict.includes('/Length')) continue;
    const content = data.toString('latin1');
    if (!/\bBT\b/.test(content)) continue;
    let cmap: Map<number, string> | undefined;
    const ops =
      /\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F\s]*)>|(-?\d+(?:\.\d+)?)\s*(?=[<\]])|\b(ET|T\*|Td|TD|Tm)\b/g;
    for (let m = ops.exec(content); m; m = ops.exec(content)) {
      if (m[1]) cmap = fonts.get(m[1]);
      else if (m[2] !== undefined && cmap) {
        const b = hexBytes(m[2]);
        for (let i = 0; i + 1 < b.length; i += 2)
          chunks.push(cmap.get(((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)) ?? '');
      } else if (m[3] !== undefined && Number(m[3]) < -200) chunks.push(' ');
      else if (m[4]) chunks.push('\n');
    }
  }
  return chunks.join('');
}

/**
 * Each PDF page as a PNG under test/e2e/screenshots/ (pdftoppm, Debian poppler-utils), for a human to
 * look at; skipped where poppler-utils is not installed.
 */
export function savePdfPages(pdf: Buffer, name: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'outcry-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const out = join(SCREENSHOT_DIR, name);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', file, out], { stdio: 'ignore' });
  } catch {
    // poppler-utils missing: the text checks above still ran.
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
