/** The reference page: the OpenAPI document rendered on the server as plain HTML (no script, no CDN). */

type Json = { [key: string]: unknown };
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A JSON Schema as compact TypeScript-like text: `{ id: string; tags?: string[] }`. */
export function schemaText(schema: unknown, indent = ''): string {
  if (!isObj(schema)) return 'unknown';
  const alts = arr(schema.anyOf ?? schema.oneOf);
  if (alts.length) return alts.map((a) => schemaText(a, indent)).join(' | ');
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema.const);
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  const nullable = type.includes('null') ? ' | null' : '';
  if (type.includes('array')) return `${wrap(schemaText(schema.items, indent))}[]${nullable}`;
  if (type.includes('object') || isObj(schema.properties)) {
    const props = Object.entries(isObj(schema.properties) ? schema.properties : {});
    if (!props.length) return `object${nullable}`;
    const required = new Set(arr(schema.required));
    const inner = `${indent}  `;
    const lines = props.map(
      ([k, v]) => `${inner}${k}${required.has(k) ? '' : '?'}: ${schemaText(v, inner)};`,
    );
    return `{\n${lines.join('\n')}\n${indent}}${nullable}`;
  }
  const base = type.filter((t) => t !== 'null' && typeof t === 'string').join(' | ') || 'unknown';
  return `${base}${nullable}${constraints(schema)}`;
}

const wrap = (t: string) => (t.includes(' | ') ? `(${t})` : t);

function constraints(s: Json): string {
  const parts: string[] = [];
  if (typeof s.format === 'string') parts.push(s.format);
  // zod writes the safe-integer range on every integer: only a real bound is worth showing
  const real = (n: unknown): n is number => typeof n === 'number' && Math.abs(n) < Number.MAX_SAFE_INTEGER;
  if (real(s.minimum)) parts.push(`≥ ${s.minimum}`);
  if (real(s.maximum)) parts.push(`≤ ${s.maximum}`);
  if (typeof s.maxLength === 'number') parts.push(`≤ ${s.maxLength} chars`);
  if ('default' in s) parts.push(`default ${JSON.stringify(s.default)}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function operation(method: string, path: string, op: Json): string {
  const params = arr(op.parameters).filter(isObj);
  const body = isObj(op.requestBody) && isObj(op.requestBody.content) ? op.requestBody.content : null;
  const responses = Object.entries(isObj(op.responses) ? op.responses : {});
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
  return `<section class="op" id="${esc(id)}">
<h3><span class="m m-${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code></h3>
<p>${esc(str(op.summary))}</p>${str(op.description) ? `<p class="d">${esc(str(op.description))}</p>` : ''}
${
  params.length
    ? `<table><tr><th>parameter</th><th>in</th><th>type</th></tr>${params
        .map(
          (p) =>
            `<tr><td><code>${esc(str(p.name))}</code>${p.required ? '' : ' <small>optional</small>'}</td><td>${esc(str(p.in))}</td><td><code>${esc(schemaText(p.schema))}</code></td></tr>`,
        )
        .join('')}</table>`
    : ''
}${
  body
    ? Object.entries(body)
        .map(
          ([type, m]) =>
            `<h4>Body <small>${esc(type)}</small></h4><pre>${esc(schemaText(isObj(m) ? m.schema : null))}</pre>`,
        )
        .join('')
    : ''
}
<h4>Answers</h4>${responses
    .map(([status, r]) => {
      const content = isObj(r) && isObj(r.content) ? Object.entries(r.content) : [];
      const shown = status.startsWith('2') ? content : [];
      return `<details${status.startsWith('2') ? ' open' : ''}><summary><b>${esc(status)}</b> ${esc(isObj(r) ? str(r.description) : '')} <small>${content.map(([t]) => esc(t)).join(', ')}</small></summary>${shown.map(([, m]) => `<pre>${esc(schemaText(isObj(m) ? m.schema : null))}</pre>`).join('')}</details>`;
    })
    .join('')}
</section>`;
}

export function renderReference(doc: Json): string {
  const info = isObj(doc.info) ? doc.info : {};
  const byTag = new Map<string, string[]>();
  const toc = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(isObj(doc.paths) ? doc.paths : {})) {
    for (const [method, op] of Object.entries(isObj(ops) ? ops : {})) {
      if (!isObj(op)) continue;
      const tag = str(arr(op.tags)[0]) || 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operation(method, path, op)]);
      const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
      toc.set(tag, [
        ...(toc.get(tag) ?? []),
        `<a href="#${esc(id)}">${method.toUpperCase()} ${esc(path)}</a>`,
      ]);
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(str(info.title))} reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${CSS}</style></head><body>
<header><h1>${esc(str(info.title))} <small>${esc(str(info.version))}</small></h1><p>${esc(str(info.description))}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${esc(str(doc.openapi))}).</p></header>
<nav>${[...toc].map(([tag, links]) => `<h2>${esc(tag)}</h2>${links.join('')}`).join('')}</nav>
<main>${[...byTag].map(([tag, ops]) => `<h2>${esc(tag)}</h2>${ops.join('')}`).join('')}</main></body></html>`;
}

const CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;display:grid;grid-template-columns:18rem 1fr;color:#1b1f24}
header{grid-column:1/3;padding:1rem 2rem;border-bottom:1px solid #d0d7de}nav{padding:1rem;border-right:1px solid #d0d7de;font-size:13px}
nav a{display:block;color:#0550ae;text-decoration:none;padding:1px 0}main{padding:0 2rem 4rem;max-width:60rem}
.op{border-top:1px solid #d0d7de;padding:.5rem 0}.m{font:bold 12px monospace;padding:2px 6px;border-radius:4px;color:#fff;background:#57606a}
.m-get{background:#0969da}.m-post{background:#1a7f37}.m-patch{background:#9a6700}.m-delete{background:#cf222e}
pre{background:#f6f8fa;padding:.5rem;overflow:auto;font-size:12px}table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #d0d7de;padding:2px 8px;text-align:left}.d{color:#57606a;white-space:pre-line}
@media (max-width:50rem){body{display:block}nav{display:none}}`;
