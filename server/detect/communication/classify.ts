import type { IncidentRole, OfficialKind } from '../../../shared/communication';
import { type CueHit, cueLanguage, foldText, matchCues } from './cue-match';
import type { CueGroup } from './cues';
import type { OfficialPost } from './types';

/** What one official post is, and why (docs/communication.md, "Kinds of official post"). */
export type PostClass = {
  kind: OfficialKind;
  role: IncidentRole | null;
  aboutIncident: boolean;
  why: string;
};

/** What the classifier knows about the brand's other posts: a reply to one of them is a thread, not a reply. */
export type ClassifyContext = {
  /** `source\0id` of every official post. */
  officialIds: ReadonlySet<string>;
  /** Official handles, lower case without "@". */
  officialAuthors: ReadonlySet<string>;
};

export const postKey = (source: string, id: string): string => `${source}\u0000${id}`;
const handle = (s: string): string => s.replace(/^@/, '').toLowerCase();

export function classifyContext(official: readonly OfficialPost[]): ClassifyContext {
  return {
    officialIds: new Set(official.map((p) => postKey(p.source, p.id))),
    officialAuthors: new Set(official.map((p) => handle(p.author))),
  };
}

const UPDATE =
  /(?<![\p{L}])(update|latest|progress|still|continu\p{L}*|further|actualizacion|mise a jour|aktualisierung|aggiornamento|atualizacao|oppdatering|uppdatering|opdatering)(?![\p{L}])/u;
/** Incident words that say more than a generic "sorry to hear that". */
const ABOUT: readonly CueGroup[] = ['problem', 'ack', 'cause', 'workaround', 'resolution'];

const quoteTerms = (hits: readonly CueHit[], groups: readonly CueGroup[]): string =>
  [...new Set(hits.filter((h) => groups.includes(h.group)).map((h) => `"${h.term}"`))].slice(0, 4).join(', ');

/** The leading @handle of a post addressed to someone, unless it is one of the brand's own. */
function leadingMention(text: string, ctx: ClassifyContext): string | null {
  const m = /^\s*@([\p{L}\p{N}_.]+)/u.exec(text);
  if (!m?.[1]) return null;
  return ctx.officialAuthors.has(handle(m[1])) ? null : m[1];
}

function unknown(why: string): PostClass {
  return { kind: 'unknown', role: null, aboutIncident: false, why };
}

function role(has: (g: CueGroup) => boolean, folded: string): IncidentRole {
  if (has('cause')) return 'cause';
  if (has('workaround')) return 'workaround';
  if (UPDATE.test(folded)) return 'update';
  return 'acknowledgement';
}

/**
 * Classify one official post by its words (cues.ts, every language at once) and its address: a post
 * that replies to a customer or opens with someone's @handle is a support reply; a public post is an
 * incident statement only when it speaks about a problem, a fix, a cause, a workaround, an apology or a
 * remedy and promotional words do not outweigh that; anything else public is routine. No words (empty,
 * emoji only) or a language the scorer does not read and no cue words: unknown.
 */
export function classifyPost(p: OfficialPost, ctx: ClassifyContext): PostClass {
  const folded = foldText(p.text ?? '');
  if (!/\p{L}/u.test(folded)) return unknown('no words (empty, emoji or links only)');
  const hits = matchCues(folded);
  const lang = cueLanguage(hits);
  const scored = p.scored ?? !/[^\p{Script=Latin}\P{L}]/u.test(folded);
  if (!lang && !scored) return unknown(`language ${p.lang ?? 'not recognised'} is not read, no cue words`);
  const has = (g: CueGroup) => hits.some((h) => h.group === g);
  const about = ABOUT.some(has);
  const inLang = lang && lang !== 'en' ? ` [${lang}]` : '';

  const to = p.replyTo !== null && !ctx.officialIds.has(postKey(p.source, p.replyTo));
  const mention = leadingMention(p.text, ctx);
  if (to || mention) {
    const addressed = to ? 'replies to a customer' : `addressed to @${mention}`;
    const words = about ? `, speaks about the problem (${quoteTerms(hits, ABOUT)})` : '';
    return {
      kind: 'reply',
      role: null,
      aboutIncident: about,
      why: `support reply: ${addressed}${words}${inLang}`,
    };
  }

  const incidentGroups: CueGroup[] = [
    'problem',
    'ack',
    'cause',
    'workaround',
    'resolution',
    'apology',
    'remedy',
  ];
  const incidentScore = incidentGroups.filter(has).length;
  const promo = new Set(hits.filter((h) => h.group === 'marketing').map((h) => h.term)).size;
  const strong = has('ack') || has('cause') || has('resolution');
  if (incidentScore === 0 || (!strong && promo > incidentScore)) {
    const words = promo > 0 ? `promotional words (${quoteTerms(hits, ['marketing'])})` : 'no incident words';
    const but = incidentScore > 0 ? ` outweigh ${quoteTerms(hits, incidentGroups)}` : '';
    return { kind: 'routine', role: null, aboutIncident: false, why: `routine: ${words}${but}${inLang}` };
  }
  const statement = (kind: OfficialKind, groups: CueGroup[], r: IncidentRole | null = null): PostClass => ({
    kind,
    role: r,
    aboutIncident: true,
    why: `${kind}${r ? ` (${r})` : ''}: ${quoteTerms(hits, groups)}${inLang}`,
  });
  if (has('resolution')) return statement('resolution', ['resolution']);
  if (has('remedy')) return statement('remedy', ['remedy', 'problem']);
  if (has('apology') && !has('ack') && !has('cause') && !has('workaround'))
    return statement('apology', ['apology', 'problem']);
  return statement('incident', ['ack', 'cause', 'workaround', 'problem'], role(has, folded));
}
