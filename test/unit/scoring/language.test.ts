import { describe, expect, it } from 'vitest';
import { createScorer } from '../../../server/scoring/index';

const scorer = createScorer();

const DETECTED: ReadonlyArray<readonly [string, string]> = [
  ['en', 'The app is not working again'],
  ['es', 'No puedo entrar a mi cuenta, la app no funciona'],
  ['pt', 'Não consigo acessar minha conta, que péssimo'],
  ['fr', "Je ne peux pas me connecter, c'est vraiment nul"],
  ['de', 'Ich kann mich nicht anmelden, die App ist schlecht'],
  ['it', 'Non riesco ad accedere, è terribile'],
  ['nl', 'Ik kan niet inloggen, het is slecht'],
  ['ru', 'Приложение банка не работает'],
  ['uk', 'Додаток не працює і її не видно'],
  ['ja', 'アプリが動かない'],
  ['zh', '应用程序无法使用'],
  ['ko', '앱이 작동하지 않아요'],
  ['ar', 'التطبيق لا يعمل'],
  ['id', 'Aplikasi tidak bisa dibuka sama sekali'],
  ['no', 'Nettbanken er nede igjen, jeg får ikke logget inn'],
  ['no', 'Eg får ikkje logga inn, kva skjer?'],
  ['sv', 'Appen fungerar inte, jag kan inte logga in'],
  ['da', 'Mobilbanken er nede, jeg kan ikke logge ind'],
  ['fr', 'Biodiversité et développement durable : la petite histoire verte'],
];

describe('language', () => {
  it.each(DETECTED)('detects %s', (lang, text) => {
    expect(scorer.score(text).lang).toBe(lang);
  });

  it('uses the given language, including region tags', () => {
    expect(scorer.score('the app is terrible', { lang: 'en-GB' }).lang).toBe('en');
    expect(scorer.score('the app is terrible', { lang: 'pt-BR' }).lang).toBe('pt');
  });

  it('does not score a language without a lexicon as English', () => {
    for (const text of [
      'Приложение банка не работает',
      'アプリが動かない',
      'Aplikasi tidak bisa dibuka sama sekali',
    ]) {
      expect(scorer.score(text)).toMatchObject({
        scored: false,
        sentiment: 0,
        label: 'neutral',
        complaint: false,
      });
    }
    // English words read as Swahili are not English: the given language wins.
    expect(scorer.score('terrible awful hate', { lang: 'sw' })).toMatchObject({
      scored: false,
      sentiment: 0,
    });
  });

  it('scores languages natural ships a vocabulary for with that vocabulary', () => {
    const de = scorer.score('Die App ist schlecht');
    expect(de).toMatchObject({ lang: 'de', scored: true, label: 'negative' });
    const es = scorer.score('El servicio es excelente, muy bueno');
    expect(es).toMatchObject({ lang: 'es', scored: true, label: 'positive' });
    expect(scorer.score('Die App ist nicht schlecht', { lang: 'de' }).sentiment).toBeGreaterThan(0);
  });

  it.each([
    ['es', '@mibanco la app no funciona otra vez, error al entrar'],
    ['de', '@meinebank die App funktioniert nicht, Störung seit Stunden'],
    ['fr', "@mabanque l'appli ne marche pas, c'est nul"],
  ])('finds complaints in %s with its own failure words, negation before or after the verb', (lang, text) => {
    const score = scorer.score(text);
    expect(score).toMatchObject({ lang, scored: true, complaint: true, label: 'negative' });
    expect(score.why.some((w) => w.rule === 'negated-function')).toBe(true);
  });

  it('a scorer limited to English leaves other languages unscored', () => {
    const englishOnly = createScorer({ languages: [] });
    expect(englishOnly.score('Die App ist schlecht')).toMatchObject({ lang: 'de', scored: false });
  });

  it('reads Bokmål and Nynorsk tags as Norwegian', () => {
    expect(scorer.score('appen er bra', { lang: 'nb' }).lang).toBe('no');
    expect(scorer.score('appen er bra', { lang: 'nn-NO' }).lang).toBe('no');
  });

  it.each([
    ['no', '@DNB BankID virker ikke, får ikke logget inn'],
    ['no', 'Nettbanken er nede igjen, funker ikke'],
    ['sv', 'Appen funkar inte, kan inte logga in hos @Swedbank'],
    ['da', '@danskebank mobilbanken er nede, jeg kan ikke logge ind'],
  ])('finds Scandinavian complaints in %s', (lang, text) => {
    const score = scorer.score(text);
    expect(score).toMatchObject({ lang, scored: true, complaint: true, label: 'negative' });
  });

  it.each([
    ['no', 'Tusen takk, dere er fantastiske'],
    ['sv', 'Tack för hjälpen, snabbt och smidigt!'],
    ['da', 'Tak for hjælpen, super god service'],
  ])('reads Scandinavian praise in %s as positive, not a complaint', (lang, text) => {
    expect(scorer.score(text)).toMatchObject({ lang, label: 'positive', complaint: false });
  });

  it('keeps English posts with a stray foreign word English', () => {
    expect(scorer.score('@anonymous true dat. lol').lang).toBe('en');
    expect(scorer.score('Thank ya!!!!!').lang).toBe('en');
  });
});
