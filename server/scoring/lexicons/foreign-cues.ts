// A minimal complaint vocabulary for the languages scored with natural's vocabularies: words for
// "broken/down/error" and for what a service should do ("works", "log in"), which count as a failure
// when negated ("no funciona", "funktioniert nicht", "ne marche pas"). Lower-case, single words.

export interface ForeignCues {
  failure: readonly string[];
  functions: readonly string[];
}

export const FOREIGN_CUES: Readonly<Record<string, ForeignCues>> = {
  es: {
    failure: [
      'caído',
      'caida',
      'caída',
      'error',
      'errores',
      'fallo',
      'falla',
      'roto',
      'bloqueado',
      'bloqueada',
      'estafa',
      'fraude',
      'cobro',
      'cobraron',
    ],
    functions: [
      'funciona',
      'funcionan',
      'carga',
      'abre',
      'entrar',
      'acceder',
      'puedo',
      'llega',
      'llegó',
      'responden',
      'contestan',
    ],
  },
  pt: {
    failure: [
      'caiu',
      'fora',
      'erro',
      'erros',
      'falha',
      'travado',
      'travou',
      'bloqueado',
      'bloqueada',
      'golpe',
      'fraude',
      'cobrança',
    ],
    functions: [
      'funciona',
      'funcionando',
      'carrega',
      'abre',
      'entrar',
      'acessar',
      'consigo',
      'chegou',
      'respondem',
      'atendem',
    ],
  },
  fr: {
    failure: ['panne', 'erreur', 'erreurs', 'bug', 'bloqué', 'bloquée', 'arnaque', 'fraude', 'prélèvement'],
    functions: [
      'marche',
      'fonctionne',
      'charge',
      'ouvre',
      'connecter',
      'accéder',
      'arrive',
      'répond',
      'reçu',
    ],
  },
  de: {
    failure: ['störung', 'ausfall', 'fehler', 'kaputt', 'gesperrt', 'betrug', 'abgebucht'],
    functions: [
      'funktioniert',
      'geht',
      'lädt',
      'öffnet',
      'anmelden',
      'einloggen',
      'zugreifen',
      'angekommen',
      'antwortet',
    ],
  },
  it: {
    failure: ['guasto', 'errore', 'errori', 'bloccato', 'bloccata', 'truffa', 'frode', 'addebito'],
    functions: [
      'funziona',
      'carica',
      'apre',
      'accedere',
      'entrare',
      'arrivato',
      'arrivata',
      'risponde',
      'rispondono',
    ],
  },
  nl: {
    failure: ['storing', 'fout', 'foutmelding', 'kapot', 'geblokkeerd', 'oplichting', 'fraude'],
    functions: ['werkt', 'laadt', 'opent', 'inloggen', 'aangekomen', 'reageert', 'antwoord'],
  },
};
