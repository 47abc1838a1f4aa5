import { describe, expect, it } from 'vitest';
import { classifyContext, classifyPost } from '../../../server/detect/communication/classify';
import { type OfficialPost, classifyOfficial } from '../../../server/detect/communication';
import { official } from './fixtures';

const ctx = classifyContext([official('earlier', 0), { ...official('voice', 0), author: 'AcmeBank' }]);
const kindOf = (text: string, over: Partial<OfficialPost> = {}) =>
  classifyPost({ ...official('p', 1, text), ...over }, ctx);

describe('classifyPost', () => {
  it.each([
    ['Spring into saving: our Easy Saver now pays 4.1 %. Open one in the app today 🌷', 'routine'],
    ['Fixed-rate mortgages from 3.9% APR. Check out our new rates.', 'routine'],
    ['Happy Friday! Our branches are open 9-5 this Saturday.', 'routine'],
    ['No more problems splitting the bill: try Pay Together, our new feature. Download it today!', 'routine'],
    ['Win a year of free coffee! Enter our competition by 5pm, T&Cs apply.', 'routine'],
    ["We're aware some customers can't log in to the app. Our teams are working on it.", 'incident'],
    ['Some customers are having trouble logging in. Updates to follow.', 'incident'],
    [
      'Update: the problem was caused by a failed database upgrade. Engineers are rolling it back.',
      'incident',
    ],
    ['Logins and payments are back up and running. Thanks for your patience.', 'resolution'],
    ['Everything is working normally again.', 'resolution'],
    ['No late fees until 1 March for anyone affected by yesterday’s outage.', 'remedy'],
    ['Sorry for the disruption today.', 'apology'],
    // other languages: the scorer reads some as English; the cue words decide
    [
      'Somos conscientes de que algunos clientes no pueden acceder a la app. Estamos trabajando en ello.',
      'incident',
    ],
    [
      "Nous sommes au courant d'une panne de l'application. Nos équipes travaillent à la résoudre.",
      'incident',
    ],
    ['Wir wissen von einer Störung beim Online-Banking und arbeiten mit Hochdruck daran.', 'incident'],
    ["Siamo a conoscenza di un disservizio sull'app. I nostri tecnici stanno lavorando.", 'incident'],
    ['Estamos cientes de uma falha na app. As nossas equipas estão a trabalhar nisso.', 'incident'],
    ['We zijn op de hoogte van een storing in de app. We werken aan een oplossing.', 'incident'],
    ['Vi er klar over at noen kunder ikke kan logge inn. Vi jobber med saken.', 'incident'],
    ['Vi är medvetna om en driftstörning i appen och arbetar på att lösa den.', 'incident'],
    ['Vi er opmærksomme på en fejl i appen. Vi arbejder på det.', 'incident'],
    ['El problema está resuelto. Gracias por su paciencia.', 'resolution'],
    ['Die Störung ist behoben.', 'resolution'],
    ['Descubre nuestra nueva cuenta de ahorro: 4 % TAE.', 'routine'],
    ['', 'unknown'],
    ['🎉🎉🎉', 'unknown'],
    ['https://acme.example/news', 'unknown'],
  ])('%s -> %s', (text, kind) => {
    const c = kindOf(text);
    expect(c.kind).toBe(kind);
    expect(c.why.length).toBeGreaterThan(5);
  });

  it('reads "fixed" as a claim only when nothing makes it a plan or a denial', () => {
    expect(kindOf('The app will be fixed soon, we are working on it.').kind).toBe('incident');
    expect(kindOf('Not resolved yet: engineers are still investigating.').kind).toBe('incident');
    expect(kindOf('El problema aún no está resuelto, seguimos trabajando.').kind).toBe('incident');
  });

  it('calls an unread language unknown unless its words are cue words', () => {
    expect(kindOf('Olemme tietoisia ongelmasta.', { lang: 'fi', scored: false }).kind).toBe('unknown');
    expect(kindOf('私たちは問題を認識しています').kind).toBe('unknown');
    expect(kindOf('Vi är medvetna om problemet.', { lang: 'sv', scored: false }).kind).toBe('incident');
  });

  it('tells a support reply by its replyTo or a leading @mention, and whether it speaks about the problem', () => {
    const toCustomer = kindOf('Sorry to hear that, please DM us your details.', { replyTo: 'customer-9' });
    expect(toCustomer).toMatchObject({ kind: 'reply', aboutIncident: false });
    const mention = kindOf('@sam_k12 Sorry, we know the app is down and are working on a fix.');
    expect(mention).toMatchObject({ kind: 'reply', aboutIncident: true });
    expect(mention.why).toContain('@sam_k12');
    // a thread under the brand's own post, or a mention of its own handle, is a public statement
    expect(kindOf('More: we are investigating the login issue.', { replyTo: 'earlier' }).kind).toBe(
      'incident',
    );
    expect(kindOf('@AcmeBank customers: we are aware of a payments issue.').kind).toBe('incident');
  });

  it('never throws on odd input', () => {
    const odd = [official('a', 1, '\u0000\u200b'), official('b', 2, '@'), official('c', 3, '   ')];
    expect(classifyOfficial(odd).map((p) => p.kind)).toEqual(['unknown', 'unknown', 'unknown']);
  });
});
