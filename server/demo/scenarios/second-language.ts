import { CARDS_OUTAGE, CARDS_OUTAGE_ES, THANKS } from './phrases';
import type { Scenario } from './types';

/**
 * A payments company whose statements are in Spanish and English; a Spanish promotion goes out before
 * the first statement, and a Spanish apology with a refund follows the fix.
 */
export const secondLanguage: Scenario = {
  id: 'second-language',
  title: 'Statements in a second language, with a promotion before the first one',
  brandId: 'harbor-pay',
  script: () => ({
    durationMin: 130,
    posts: [
      {
        key: 'promo-es',
        atMin: 6.3,
        by: 'voice',
        text: 'Descubre nuestra nueva tarjeta sin comisiones en el extranjero ✈️ Pídela hoy en la app.',
      },
      {
        key: 'ack-es',
        atMin: 17.6,
        by: 'voice',
        text: 'Somos conscientes de que algunos clientes no pueden pagar con tarjeta. Nuestro equipo está trabajando para solucionarlo.',
      },
      {
        key: 'ack-en',
        atMin: 19.1,
        by: 'voice',
        text: "We know card payments are failing for some customers in Spain. We're investigating and will update you within the hour.",
      },
      {
        key: 'update-es',
        atMin: 58.4,
        by: 'voice',
        text: 'Actualización: la incidencia fue causada por un fallo en un proveedor. Seguimos trabajando en ello.',
      },
      {
        key: 'resolved-es',
        atMin: 121.5,
        by: 'voice',
        text: 'Los pagos con tarjeta vuelven a funcionar con normalidad. Lo sentimos mucho; reembolsaremos cualquier comisión.',
      },
    ],
    waves: [
      {
        key: 'outage',
        curve: { fromMin: 0, toMin: 118, peak: 4, rampMin: 3, decayMin: 4 },
        mix: [
          { bank: CARDS_OUTAGE, weight: 1 },
          { bank: CARDS_OUTAGE_ES, weight: 1 },
        ],
      },
      {
        key: 'thanks',
        curve: { fromMin: 20, toMin: 40, peak: 0.3, rampMin: 3, decayMin: 5 },
        mix: [{ bank: THANKS, weight: 1 }],
        replyTo: 'ack-en',
      },
    ],
  }),
  truth: {
    incident: true,
    ackDelayMin: 17,
    longestSilenceMin: 63,
    backfired: [],
    calming: [],
    secondWave: null,
    missedPromises: [],
    keptPromises: ['ack-en'],
    contradictedFixClaims: [],
    heldFixClaims: ['resolved-es'],
    topHarmPost: null,
    routine: ['promo-es'],
  },
};
