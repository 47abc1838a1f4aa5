// Words by which a customer says they will leave: moving their money, closing the account, switching to a
// rival, cancelling the contract. Per language, as regular-expression sources (matched case-insensitively);
// `\w+` stands for a named rival or product. Kept narrow on purpose: "switch it off and on again" and
// "move the meeting" are not intents to leave.

const MY = '(?:my|our|all my|all our)';
const GOODS =
  '(?:money|savings|account|accounts|business|mortgage|pension|isa|salary|wages|custom|broadband|contract)';

export const LEAVING_PATTERNS: Readonly<Record<string, readonly string[]>> = {
  en: [
    `(?:moving|move|moved|pulling|pull|pulled|transferring|transfer) ${MY} ${GOODS}`,
    `(?:closing|close|closed|shutting down|shut down) ${MY} (?:account|accounts|card|cards|isa|business account)`,
    `(?:cancel|cancelling|canceling|cancelled|canceled|ending|terminating|terminate) ${MY} (?:contract|subscription|account|plan|membership|policy|direct debit|service|broadband)`,
    // "switch to a later flight" is rebooking, not leaving.
    '(?:switching|switch|switched|porting|ported) (?:over )?to (?!an? |the |earlier|later|another)@?\\w+',
    '(?:moving|moved|going|changing|changed|jumping ship) (?:over )?to @\\w+',
    '(?:switching|switch|changing|change) (?:banks|providers|networks|suppliers|carriers)',
    '(?:taking|take|took) (?:my|our) (?:business|custom|money) (?:elsewhere|to @?\\w+)',
    '(?:leaving|leave|ditching|ditch|dumping|dump|done with|finished with|quitting|quit) (?:you|@\\w+|this bank|your bank|this company|this network|you guys)\\b',
    '(?:find|finding|looking for|look for|found) (?:a )?(?:new|another|different) (?:bank|provider|network|supplier|carrier|airline)',
    '(?:port|porting) (?:my|our) number',
    'never (?:using|use|flying|banking with) (?:you|@\\w+|this \\w+) again',
  ],
  es: [
    '(?:me cambio|cambiarme|me paso|pasarme|me voy) (?:a|de banco|de compañía|de operador)',
    '(?:cerrar|cierro|cancelar|cancelo) (?:mi|la) cuenta',
    '(?:cancelar|cancelo|rescindir|rescindo) (?:mi|el) (?:contrato|plan|seguro)',
    '(?:darme|me doy|me di) de baja',
    'portabilidad',
  ],
  pt: [
    '(?:vou|vamos) (?:mudar|trocar|sair) (?:de banco|de operadora|do|da|para)',
    '(?:mudar|trocar) de (?:banco|operadora)',
    '(?:encerrar|encerro|fechar|cancelar) (?:minha|a) conta',
    '(?:cancelar|cancelei|cancelo) (?:meu|o) (?:contrato|plano)',
    'portabilidade',
  ],
  fr: [
    '(?:je change|changer|changé) de (?:banque|opérateur|fournisseur)',
    '(?:clôturer|clôture|fermer|ferme|fermé) (?:mon|le) compte',
    "(?:résilier|résilie|résilié) (?:mon|l[ae']|mes)",
    'je (?:pars|passe|vais) chez',
  ],
  de: [
    '(?:kündige|kündigen|gekündigt|kündigung)',
    '(?:konto|girokonto) (?:auflösen|aufgelöst|schließen|geschlossen|kündigen)',
    '(?:wechsle|wechseln|gewechselt|wechsel) (?:zu|zur|zum|die bank|den anbieter|bank|anbieter)',
  ],
  it: [
    '(?:cambio|cambiare|cambiato) (?:banca|operatore|gestore)',
    '(?:chiudo|chiudere|chiuso) il (?:conto|contratto)',
    '(?:disdico|disdire|disdetta|recesso)',
    'passo a \\w+',
  ],
  nl: [
    '(?:overstappen|stap over|stap ik over)',
    '(?:opzeggen|zeg op|zeg ik op|opgezegd)',
    'rekening (?:opheffen|sluiten)',
  ],
  no: [
    '(?:bytter|bytte|byttet|byter|byte) (?:jeg |eg |vi )?(?:bank|leverandør|operatør|til)',
    '(?:avslutter|avslutte|avsluttet|avsluttar) (?:kontoen|kontoane|kontoene|avtalen|abonnementet)',
    '(?:sier|si|sa|seier) (?:jeg |eg |vi )?opp',
    '(?:flytter|flytte|flyttet|flyttar) (?:pengene|alt|lånet|boliglånet|kontoen)',
    'går over til',
  ],
  sv: [
    '(?:byter|byta|bytte) (?:jag |vi )?(?:bank|operatör|leverantör|till)',
    '(?:säger|säga|sa) (?:jag |vi )?upp',
    '(?:avslutar|avsluta|avslutat) (?:kontot|avtalet|abonnemanget)',
    '(?:flyttar|flytta|flyttat) (?:pengarna|allt|lånet|bolånet)',
    'går över till',
  ],
  da: [
    '(?:skifter|skifte|skiftet) (?:jeg |vi )?(?:bank|udbyder|til)',
    '(?:opsiger|opsige|opsagt|siger op|sige op)',
    '(?:lukker|lukke|lukket) (?:kontoen|kontoen|aftalen)',
    '(?:flytter|flytte|flyttet) (?:pengene|alt|lånet)',
  ],
};

/** Cheap first test: only a post holding one of these stems is matched against the patterns above. */
export const LEAVING_STEMS =
  /mov|clos|shut|cancel|switch|chang|port|leav|ditch|dump|done|finish|quit|find|found|look|tak|pull|transfer|termin|ending|never|cambi|cerr|baja|pas|mud|troc|encerr|fech|sair|résili|clôtur|ferm|chez|kündig|wechs|auflös|schließ|chiud|disd|recess|overst|opze|opgez|rekening|bytt|byt|avslut|opp|flytt|går over|skift|opsig|opsag|luk|säg|upp/i;
