/**
 * Phrase bank for the simulated feed. `{b}` is a mention of the brand, `{n}` a small number, `{t}` a time
 * span. Varied on purpose: slang, typos, emoji, questions, other languages now and then.
 */
export const COMPLAINTS: Record<string, string[]> = {
  login: [
    "can't log in to {b} AGAIN. 'something went wrong' every single time",
    'is {b} login down?? been trying for {t}',
    '{b} keeps kicking me out when i try to sign in 🙄',
    'still cant log into {b}, {t} now. password reset link never arrives',
    '{b} two factor code never comes through so im locked out of my own account',
    'anyone else locked out of {b}?? login just spins',
    'Cannot access my {b} account at all. Says my details are wrong, they are not.',
  ],
  app: [
    '{b} app crashing every time i open it 😡',
    'the {b} app is down again? just a white screen',
    '{b} app update broke everything, wont even load',
    'is the {b} app not working for anyone else or just me',
    '{b} app stuck on the loading screen for {t} ffs',
    'app keeps saying "service unavailable" @{h} what is going on',
  ],
  website: [
    '{b} website is down, getting error 503',
    "{b}'s site won't load, tried 3 browsers",
    'online banking page from {b} just times out',
    '{b} website keeps throwing errors when i try to do anything',
  ],
  payments: [
    'my {b} transfer has been pending for {t}, where is my money??',
    'payment to my landlord failed through {b} and now i owe a late fee',
    '{b} direct debit bounced even though I have the money. what is going on',
    "sent money via {b} {t} ago and it still hasn't arrived",
    'payday and {b} has not paid my wages in. cannot even buy food today',
    '{b} transfers not going through. rent is due TODAY',
    'card payment declined at the shop, {b} app says payment failed 😤',
  ],
  cards: [
    'my {b} card got declined at the supermarket, so embarrassing',
    '{b} cards not working at the ATM, machine says card invalid',
    "{b} contactless not working anywhere today. can't pay for petrol",
    'atm swallowed my {b} card and nobody can help',
  ],
  account: [
    '{b} showing my balance as £0.00 ?!?! where did my money go',
    'my {b} balance is wrong and transactions are missing',
    '{b} statement shows payments twice. account balance all over the place',
  ],
  customer_service: [
    'been on hold with {b} for {t}. nobody answers',
    '{b} customer service is useless, no reply to my dms in {n} days',
    '{b} support chat just closes on me. worst service ever',
    'called {b} {n} times, cut off every time after 40 min on hold',
    '{b} told me to "borrow from friends and family" until it is fixed. are you serious',
  ],
  communication: [
    '{b} no update for hours?? at least tell us what is going on',
    '{b} says everything is fine on their status page while nothing works. lying to us',
    'why is {b} silent about this outage. say something!',
    '{b} said it was fixed. it is NOT fixed',
  ],
  fees: [
    '{b} charged me an overdraft fee because THEIR system failed. refund it',
    'got a late payment charge thanks to the {b} outage. unbelievable',
  ],
  security: [
    'got a weird text claiming to be {b} asking for my pin. scam?',
    'someone used my {b} card, fraud team unreachable',
  ],
};

export const CHATTER = [
  'just opened an account with {b}, pretty smooth so far',
  '{b} app redesign looks nice tbh',
  'thanks {b} for sorting my card so fast 🙏',
  'does {b} do savings accounts for kids?',
  '{b} is hiring in my town apparently',
  'new {b} ad on tv is kinda funny lol',
  'love how quick {b} notifications are ❤️',
  'paid for lunch with {b} on my watch, living in the future',
  'switched to {b} last year, no regrets',
  'anyone know if {b} branches are open on sunday?',
  '{b} cashback this month was decent 👍',
  'heard {b} is launching a new card',
  'ok {b} customer service was actually great today, sorted in 5 min',
  'reading about {b} results in the news',
  '{b} budgeting feature is underrated',
];

export const FOREIGN = [
  { lang: 'es', text: 'la app de {b} no funciona desde esta mañana 😡' },
  { lang: 'de', text: '{b} App geht schon wieder nicht. Überweisung hängt seit Stunden' },
  { lang: 'fr', text: "impossible de me connecter à {b} depuis ce matin, c'est nul" },
  { lang: 'pt', text: 'o aplicativo do {b} está fora do ar de novo' },
  { lang: 'es', text: 'me encanta la nueva tarjeta de {b}' },
];

/** Everyday official posts (one a day, outside incidents). Incident statements live in scenarios/. */
export const ROUTINE = [
  'Reminder: we will never ask for your PIN by text or phone. Stay safe!',
  'Our app now supports instant card freezing. Update to the latest version to try it.',
];

export const TIME_SPANS = [
  '20 mins',
  'an hour',
  '2 hours',
  '3 hours',
  'all morning',
  '45 minutes',
  'ages',
  'since 8am',
];
