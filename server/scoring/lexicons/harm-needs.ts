// Harm triage: the posts a support lead must act on first. A post is harm when it names a basic need or a
// vulnerable person AND says that something failed (see harm.ts). Regular-expression sources per language,
// matched case-insensitively on the post; English applies to every post as well.

export interface HarmPatterns {
  /** Food, housing and bills, income, health, deadlines, being stranded. */
  needs: readonly string[];
  /** People a failure hurts most: babies, the elderly, the disabled, the pregnant, carers. */
  vulnerable: readonly string[];
}

export const HARM_PATTERNS: Readonly<Record<string, HarmPatterns>> = {
  en: {
    needs: [
      '(?:buy|afford|get) (?:any )?(?:food|groceries|formula|nappies|diapers|milk)',
      '(?:no|any|enough) food',
      'food (?:shop|shopping) ',
      "(?:feed|can't feed|cannot feed) (?:my|the|our) (?:kids|children|family|baby|son|daughter)",
      'hungry|eaten|nothing to eat',
      '(?:the|my|our|pay|paying|pay the|pay my) rent|rent (?:is )?due|landlord|evict(?:ed|ion)?|mortgage',
      '(?:pay|paying|afford) (?:my |the |our )?(?:bills|childminder|nursery|carer|council tax)',
      'bills (?:are )?due|council tax|bailiffs?|nursery(?: fees)?|childminder',
      '(?:my|his|her|our) (?:wages|salary|pay|paycheck|paycheque|pension|benefits)|wages|salary|payday',
      'universal credit|child benefit|benefits (?:were|are|have|has|paid|payment|not)|pension (?:not|payment|didn|hasn)',
      'medication|medicine|prescriptions?|insulin|pharmacy|inhaler|oxygen|nebuli[sz]er|dialysis|transplant',
      'hospital|(?:call|see|reach) (?:his|her|my|the) doctor|care alarm',
      '(?:tax return|tax deadline|deadline is today|deadline today|due today|due tomorrow)',
      '(?:no|without) (?:heating|electricity|power|gas|hot water)|meter|keep warm|freezing',
      'stranded',
      "(?:lose|losing) (?:a day's|my) pay",
    ],
    vulnerable: [
      '(?:my|our|a) (?:baby|newborn|toddlers?|infant)|\\d+ (?:week|month)s? old|newborn|toddlers?',
      '(?:elderly|old|\\d\\d year old|\\d\\d-year-old) (?:mum|mom|mother|dad|father|parent|parents|gran|grandma|grandad|grandfather|grandmother|neighbour)',
      '(?:mum|mom|mother|dad|father|gran|grandma|grandad) (?:is|who is) (?:8\\d|9\\d|1\\d\\d)',
      "disabled|disability|wheelchair|pregnant|my carer|(?:his|her|dad's|mum's) carer|vulnerable",
    ],
  },
  no: {
    needs: [
      'mat|husleie[an]?|husleia|regning(?:er|ene)?|strømregning|lønn(?:a|en)?|trygd(?:en)?|nav|pensjon(?:en)?',
      'medisin(?:er|ene)?|resept(?:en)?|apotek(?:et)?|insulin|sykehus(?:et)?|frist(?:en)?|inkasso|boliglån',
    ],
    vulnerable: ['baby(?:en)?|nyfødt|eldre|gamle (?:mor|far)|funksjonshemm\\w*|gravid|rullestol'],
  },
  sv: {
    needs: [
      'mat|hyra[n]?|räkning(?:ar|arna)?|lön(?:en)?|pension(?:en)?|försäkringskassan|medicin(?:er)?|recept(?:et)?',
      'apotek(?:et)?|insulin|sjukhus(?:et)?|deadline|förfallodag',
    ],
    vulnerable: ['bebis(?:en)?|nyfödd|äldre|gamla (?:mamma|pappa)|funktionsnedsättning|gravid|rullstol'],
  },
  da: {
    needs: [
      'mad|husleje[n]?|regning(?:er|erne)?|løn(?:nen)?|pension(?:en)?|medicin(?:en)?|recept(?:en)?',
      'apotek(?:et)?|insulin|hospital(?:et)?|frist(?:en)?',
    ],
    vulnerable: ['baby(?:en)?|nyfødt|ældre|gamle (?:mor|far)|handicap\\w*|gravid|kørestol'],
  },
};

/** Cheap first test: a post holding none of these stems is never matched against the patterns. */
export const HARM_STEMS =
  /food|grocer|formula|napp|diaper|milk|feed|hungr|eat|rent|landlord|evict|mortgage|bill|childminder|nursery|carer|council|bailiff|wage|salar|pay|pension|benefit|credit|medic|prescri|insulin|pharm|inhal|oxygen|nebuli|dialys|transpl|hospital|doctor|alarm|tax|due|heating|electric|power|gas|water|meter|warm|freez|strand|baby|newborn|toddler|infant|old|elder|disab|wheelchair|pregnan|vulnerab|mat|husle|regning|lønn|trygd|nav|pensjon|medisin|resept|apotek|sykehus|frist|inkasso|boliglån|nyfødt|eldre|gamle|funksjon|gravid|rullestol|hyra|räkning|lön|försäkring|recept|sjukhus|förfall|bebis|nyfödd|äldre|gamla|rullstol|mad|husleje|løn|handicap|ældre|kørestol/i;
