import type { Scenario } from '../types';

// Held out: written after the classifier and never tuned on. French and German statements.

const PANNE = [
  "impossible de me connecter à {b} depuis ce matin, l'appli plante",
  '{b} encore en panne ?? aucun paiement ne passe',
  '{b} app funktioniert nicht, Überweisung abgelehnt',
  'Störung bei {b}? Login geht seit einer Stunde nicht',
  '{b} ne marche plus, carte refusée au supermarché',
];

export const europeMultilingual: Scenario = {
  id: 'held-out-europe-multilingual',
  title: 'Held out: a bank answering in French and German, with a promotion in German first',
  brandId: 'northwind-bank',
  script: () => ({
    durationMin: 160,
    posts: [
      {
        key: 'promo-de',
        atMin: 11.2,
        by: 'voice',
        text: 'Jetzt neu: Tagesgeld mit 3,5 % Zinsen. Entdecken Sie unser Angebot in der App!',
      },
      {
        key: 'ack-fr',
        atMin: 26.4,
        by: 'voice',
        text: "Nous rencontrons actuellement un incident technique qui empêche la connexion à l'application. Nos équipes sont mobilisées.",
      },
      {
        key: 'ack-de',
        atMin: 27.9,
        by: 'voice',
        text: 'Derzeit gibt es eine technische Störung in unserer App. Wir arbeiten mit Hochdruck an einer Lösung.',
      },
      {
        key: 'promo-fr',
        atMin: 70.5,
        by: 'voice',
        text: 'Découvrez notre nouvelle carte premium : cashback de 2 % sur tous vos achats !',
      },
      {
        key: 'update-fr',
        atMin: 88.1,
        by: 'voice',
        text: "Point d'étape : l'origine du problème a été identifiée, un correctif est en cours de déploiement.",
      },
      {
        key: 'resolved-de',
        atMin: 152.7,
        by: 'voice',
        text: 'Die Störung ist behoben, alle Dienste funktionieren wieder. Wir entschuldigen uns für die Unannehmlichkeiten.',
      },
    ],
    waves: [
      {
        key: 'outage',
        curve: { fromMin: 0, toMin: 150, peak: 4, rampMin: 3, decayMin: 4 },
        mix: [{ bank: PANNE, weight: 1 }],
      },
    ],
  }),
  truth: {
    incident: true,
    ackDelayMin: 26.4,
    longestSilenceMin: 65,
    backfired: [],
    calming: [],
    secondWave: null,
    missedPromises: [],
    keptPromises: [],
    contradictedFixClaims: [],
    heldFixClaims: ['resolved-de'],
    topHarmPost: null,
    routine: ['promo-de', 'promo-fr'],
  },
};
