import { type Evidence, emptyEvidence } from './evidence';
import { isSupportHandle, negativeHashtag, recordCues } from './cues';
import { COVERED } from './phrases';
import * as F from './term-info';
import { EMOJI, EMOTICON, HASHTAG, MENTION, PUNCT, type Token, URL, WORD } from './tokenizer';

// Constants from VADER (Hutto & Gilbert 2014), measured there with human raters.
const NEGATION_SCALAR = -0.74;
const CAPS_INCREMENT = 0.733;
/** Outcry's: stretched words ("soooo good") read like one booster. */
const ELONGATION_INCREMENT = 0.293;
/** Negation reaches this many words forward, and never past clause punctuation. */
const NEGATION_SCOPE = 3;
const CONTRAST_BEFORE_FACTOR = 0.5;
const CONTRAST_AFTER_FACTOR = 1.5;
const SUBORDINATE_FACTOR = 0.5;
/** Valence inside a question counts this much. */
const QUESTION_FACTOR = 0.8;
/** State of the "thanks X for <something bad>" detector once "for" has followed a thank-you. */
const ARMED = 9;
/** Emoticons and emoji state the writer's own mood: they weigh more than a word of the same rating. */
const FACE_FACTOR = 1.4;
/** A capitalised word inside a sentence is usually a name ("Words with Friends"). */
const NAME_FACTOR = 0.5;

/** One pass over the looked-up tokens: valence arithmetic plus complaint, category and harm evidence. */
export function analyzeEnglish(
  text: string,
  tokens: readonly Token[],
  bangs: number,
  questions: number,
): Evidence {
  const ev = emptyEvidence(bangs, questions);
  const why = ev.why;
  let words = 0;
  let capsWords = 0;
  for (const t of tokens) {
    if (t.kind === WORD) {
      words++;
      if (t.caps) capsWords++;
    }
  }
  const capsDiff = capsWords > 0 && capsWords < words;
  if (capsDiff) ev.capsWords = capsWords;

  let negDist = 99;
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  let subordinate = false;
  let contrastAt = -1;
  let sumBeforeContrast = 0;
  let prevNumeric = false;
  let prevFlags = 0;
  let seenContent = false;
  let sentenceStart = 0;
  let sentenceWords = 0;
  /** 1-3: words since a thank-you; ARMED: "for" followed it; 0: none in this sentence. */
  let thanksFor = 0;
  let thanksTerm = '';

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const kind = t.kind;
    if (kind === PUNCT) {
      const p = t.norm;
      if (p === '?' || p === '.' || p === '!') {
        if (p === '?') scaleSince(ev, sentenceStart, QUESTION_FACTOR);
        sentenceStart = why.length;
        thanksFor = 0;
        sentenceWords = 0;
      }
      negDist = 99;
      b1 = b2 = b3 = 0;
      subordinate = false;
      prevNumeric = false;
      continue;
    }
    if (kind === URL) {
      ev.hasUrl = true;
      continue;
    }
    if (kind === MENTION) {
      if (!seenContent) ev.leadingMention = true;
      if (isSupportHandle(text.slice(t.start + 1, t.end))) ev.supportHandle = true;
      continue;
    }
    seenContent = true;
    const info = t.info;
    if (info === COVERED) continue;
    negDist++;
    sentenceWords++;
    if (thanksFor > 0 && thanksFor < ARMED)
      thanksFor = (info?.flags ?? 0) & F.FOR_WORD ? ARMED : thanksFor < 3 ? thanksFor + 1 : 0;
    const negated = negDist <= NEGATION_SCOPE;
    if (!info?.active) {
      if (kind === HASHTAG && !info)
        negativeHashtag(ev, text.slice(t.start + 1, t.end), text.slice(t.start, t.end));
      if (t.numeric && isCurrency(text.charCodeAt(t.start - 1))) ev.money++;
      b3 = b2;
      b2 = b1;
      b1 = 0;
      prevNumeric = t.numeric;
      prevFlags = info?.flags ?? 0;
      continue;
    }
    const flags = info.flags;
    const term = text.slice(t.start, lastEnd(tokens, i, info.span));

    if (flags & F.CONTRAST_AFTER && contrastAt < 0 && kind === WORD) {
      contrastAt = why.length;
      sumBeforeContrast = ev.sum;
    }
    if (flags & F.CONTRAST_BEFORE) subordinate = true;
    if (flags & F.SARCASM && (kind === HASHTAG || kind === EMOJI)) {
      ev.sarcasm = true;
      ev.sarcasmTerm = term;
    }
    if (flags & F.IRONY) {
      ev.irony = true;
      ev.sarcasmTerm ||= term;
    }
    if (flags & F.THANK_WORD) thanksTerm = term;
    if (flags & F.THANK_WORD) thanksFor = 1;

    let booster = 0;
    let negConsumed = false;
    const actsAsBooster =
      info.booster !== 0 && (!info.hasValence || (flags & F.MAYBE_BOOSTER && nextHasValence(tokens, i)));
    if (actsAsBooster) {
      booster = info.booster;
      if (t.caps && capsDiff) booster += booster > 0 ? CAPS_INCREMENT : -CAPS_INCREMENT;
    } else if (info.hasValence && (!(flags & F.NEGATOR) || !nextHasValence(tokens, i))) {
      let v = kind === EMOJI || kind === EMOTICON ? info.valence * FACE_FACTOR : info.valence;
      const sign = v > 0 ? 1 : -1;
      if (t.caps && capsDiff) v += sign * CAPS_INCREMENT;
      if (t.elongated) v += sign * ELONGATION_INCREMENT;
      // A capitalised word inside a sentence is usually a name ("Words with Friends", "Grand Ronde").
      if (t.capitalized && sentenceWords > 1 && kind === WORD) v *= NAME_FACTOR;
      const boost = b1 + b2 * 0.95 + b3 * 0.9;
      if (boost !== 0) v += sign * boost;
      let rule = kind === EMOJI ? 'emoji' : kind === EMOTICON ? 'emoticon' : 'lexicon';
      if (negated && !(flags & (F.NEGATOR | F.NO_NEGATE)) && kind !== EMOJI && kind !== EMOTICON) {
        v *= NEGATION_SCALAR;
        rule = 'negation';
        negConsumed = true;
      }
      if (subordinate) v *= SUBORDINATE_FACTOR;
      ev.sum += v;
      if (!(flags & F.WEAK)) ev.hits++;
      if (v > 0) ev.positive += v;
      else ev.negative -= v;
      why.push({ term, rule, weight: round(v) });
      // "Thanks Hermine for ruining my week": thanking someone for something bad.
      if (v < 0 && thanksFor === ARMED) {
        ev.irony = true;
        ev.sarcasmTerm ||= thanksTerm;
      }
    }

    if (flags !== 0) {
      const penalty = recordCues(ev, info, term, negated, prevNumeric, prevFlags);
      if (penalty !== 0) {
        ev.sum += penalty;
        ev.negative -= penalty;
        ev.hits++;
        why.push({ term, rule: 'negated-function', weight: penalty });
      }
    }
    const cats = info.categories;
    for (let k = 0; k < cats.length; k++) addCategory(ev.categories, ev.categoryWhy, cats[k] ?? 0, term);
    const cues = info.categoryCues;
    for (let k = 0; k < cues.length; k++) addCategory(ev.categoryCues, ev.categoryCueWhy, cues[k] ?? 0, term);

    b3 = b2;
    b2 = b1;
    b1 = booster;
    if (negConsumed) negDist = 99;
    if (flags & F.NEGATOR) negDist = 0;
    else if (flags & F.CLAUSE_BREAK) negDist = 99;
    prevNumeric = t.numeric;
    prevFlags = flags;
  }

  if (contrastAt >= 0) {
    const after = ev.sum - sumBeforeContrast;
    ev.sum = sumBeforeContrast * CONTRAST_BEFORE_FACTOR + after * CONTRAST_AFTER_FACTOR;
    for (let k = 0; k < why.length; k++) {
      const w = why[k];
      if (w) w.weight = round(w.weight * (k < contrastAt ? CONTRAST_BEFORE_FACTOR : CONTRAST_AFTER_FACTOR));
    }
    ev.positive = ev.negative = 0;
    for (const w of why) {
      if (w.weight > 0) ev.positive += w.weight;
      else ev.negative -= w.weight;
    }
  }
  return ev;
}

/** Rescales the valence recorded since `from` (a question asks more than it asserts). */
function scaleSince(ev: Evidence, from: number, factor: number): void {
  for (let k = from; k < ev.why.length; k++) {
    const w = ev.why[k];
    if (!w) continue;
    const scaled = w.weight * factor;
    ev.sum += scaled - w.weight;
    if (w.weight > 0) ev.positive += scaled - w.weight;
    else ev.negative -= scaled - w.weight;
    w.weight = round(scaled);
  }
}

/** $ £ € ¥ */
function isCurrency(c: number): boolean {
  return c === 36 || c === 0xa3 || c === 0x20ac || c === 0xa5;
}

function nextHasValence(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.info;
  return next !== undefined && next !== COVERED && next.hasValence;
}

function lastEnd(tokens: readonly Token[], i: number, span: number): number {
  const last = tokens[i + (span > 1 ? span - 1 : 0)];
  return last ? last.end : (tokens[i]?.end ?? 0);
}

function addCategory(
  list: number[],
  whyList: { term: string; rule: string; weight: number }[],
  c: number,
  term: string,
) {
  if (list.includes(c)) return;
  list.push(c);
  whyList.push({ term, rule: 'category', weight: 1 });
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
