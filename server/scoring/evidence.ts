import type { Why } from '../../shared/score';

/** What one pass over a post found; sentiment.ts and complaint.ts turn it into scores. */
export interface Evidence {
  /** Sum of word valences after negation, boosters, caps and contrast (VADER scale). */
  sum: number;
  positive: number;
  negative: number;
  /** Valenced terms seen (after negation). */
  hits: number;
  failure: number;
  softFailure: number;
  negatedFunction: number;
  wait: number;
  time: number;
  complaintTerms: number;
  availability: number;
  gratitude: number;
  address: number;
  harm: number;
  questionWords: number;
  requests: number;
  commerce: number;
  /** "my order", "our flight": the writer's own purchase or account. */
  ownCommerce: number;
  /** Amounts of money ("$40", "£12"). */
  money: number;
  expectations: number;
  chatter: number;
  thirdPerson: number;
  capsWords: number;
  attempts: number;
  negations: number;
  supportHandle: boolean;
  negativeHashtags: number;
  leadingMention: boolean;
  hasUrl: boolean;
  sarcasm: boolean;
  /** A phrase such as "just great" that turns sarcastic next to negative evidence. */
  irony: boolean;
  /** Set by sentimentOf when praise was read as sarcasm. */
  sarcastic: boolean;
  /** The marker that made the post read as sarcastic, for `why`. */
  sarcasmTerm: string;
  bangs: number;
  questions: number;
  /** Category indices found by certain terms, and by terms that need a complaint. */
  categories: number[];
  categoryCues: number[];
  /** Per-category evidence for `why`, parallel to categories / categoryCues. */
  categoryWhy: Why[];
  categoryCueWhy: Why[];
  harmWhy: Why[];
  /** Complaint cue terms; complaint.ts fills in the weights. */
  complaintWhy: Why[];
  why: Why[];
}

export function emptyEvidence(bangs: number, questions: number): Evidence {
  return {
    sum: 0,
    positive: 0,
    negative: 0,
    hits: 0,
    failure: 0,
    softFailure: 0,
    negatedFunction: 0,
    wait: 0,
    time: 0,
    complaintTerms: 0,
    availability: 0,
    gratitude: 0,
    address: 0,
    harm: 0,
    questionWords: 0,
    requests: 0,
    commerce: 0,
    ownCommerce: 0,
    money: 0,
    expectations: 0,
    chatter: 0,
    thirdPerson: 0,
    capsWords: 0,
    attempts: 0,
    negations: 0,
    supportHandle: false,
    negativeHashtags: 0,
    leadingMention: false,
    hasUrl: false,
    sarcasm: false,
    irony: false,
    sarcastic: false,
    sarcasmTerm: '',
    bangs,
    questions,
    categories: [],
    categoryCues: [],
    categoryWhy: [],
    categoryCueWhy: [],
    harmWhy: [],
    complaintWhy: [],
    why: [],
  };
}
