import { decodeHTMLStrict } from 'entities';
import { SourceError } from './types';

/**
 * Entities in feed XML, handled here rather than by the XML library: its expansion counter also counted
 * `&lt;` and `&amp;`, so big real captures (escaped HTML in every item) hit its limit, and it knew no HTML
 * entities in Atom text. Predefined, numeric and HTML named entities (`&nbsp;`, undeclared but common)
 * cost nothing to expand; entities a DOCTYPE declares are expanded within bounds, and a document whose
 * declarations would expand past them (billion laughs, quadratic blow-up) is refused, as is an external one.
 */

const MAX_DECLARED = 200;
/** one declared entity, fully expanded */
const MAX_ENTITY_CHARS = 10_000;
/** every reference to a declared entity in one document, together */
const MAX_DOCUMENT_EXPANSION = 1_000_000;

export type DeclaredEntities = ReadonlyMap<string, string>;

const REF = /&([A-Za-z_:][\w.:-]*);/g;
const ANY_REF = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g;
const bomb = (why: string) =>
  new SourceError(`feed refused: ${why} (an entity expansion attack, or a broken feed)`);

function declarations(subset: string): Map<string, string> {
  const raw = new Map<string, string>();
  const decl = /<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+(?:"([^"]*)"|'([^']*)'|((?:SYSTEM|PUBLIC)\b[^>]*))>/g;
  for (const [, param, name = '', dq, sq, external] of subset.matchAll(decl)) {
    if (param) continue; // parameter entities shape the DTD, not the text
    if (external) throw new SourceError(`feed refused: it declares an external entity "${name}"`);
    if (!raw.has(name)) raw.set(name, dq ?? sq ?? '');
    if (raw.size > MAX_DECLARED) throw bomb(`more than ${MAX_DECLARED} entities declared`);
  }
  return raw;
}

function expandAll(raw: Map<string, string>): Map<string, string> {
  const done = new Map<string, string>();
  const visiting = new Set<string>();
  const expand = (name: string): string => {
    const known = done.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name)) throw bomb(`entity "${name}" refers to itself`);
    visiting.add(name);
    const value = (raw.get(name) ?? '').replace(REF, (ref, inner: string) =>
      raw.has(inner) ? expand(inner) : ref,
    );
    visiting.delete(name);
    if (value.length > MAX_ENTITY_CHARS)
      throw bomb(`entity "${name}" expands to more than ${MAX_ENTITY_CHARS} characters`);
    done.set(name, value);
    return value;
  };
  for (const name of raw.keys()) expand(name);
  return done;
}

/** Removes the DOCTYPE and returns the entities it declares, expanded; refuses bombs and external ones. */
export function takeDoctype(xml: string): { xml: string; entities: DeclaredEntities } {
  const m = /<!DOCTYPE\s[^[>]*(?:\[([\s\S]*?)\]\s*)?>/i.exec(xml);
  if (!m) return { xml, entities: new Map() };
  const body = xml.slice(0, m.index) + xml.slice(m.index + m[0].length);
  const entities = expandAll(declarations(m[1] ?? ''));
  if (entities.size > 0) {
    let total = 0;
    for (const [, name = ''] of body.matchAll(REF)) {
      total += entities.get(name)?.length ?? 0;
      if (total > MAX_DOCUMENT_EXPANSION)
        throw bomb(`entities expand to more than ${MAX_DOCUMENT_EXPANSION} characters`);
    }
  }
  return { xml: body, entities };
}

/** Text with every entity reference expanded once: declared ones, then XML's and HTML's named and numeric. */
export function decodeEntities(text: string, declared: DeclaredEntities): string {
  if (!text.includes('&')) return text;
  return text.replace(ANY_REF, (ref, name: string) => declared.get(name) ?? decodeHTMLStrict(ref));
}

/** CDATA sections as escaped text, so every text node is decoded the same single way. */
export function inlineCdata(xml: string): string {
  if (!xml.includes('<![CDATA[')) return xml;
  return xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, body: string) =>
    body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  );
}
