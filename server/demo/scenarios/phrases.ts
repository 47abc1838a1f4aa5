/**
 * Phrase banks for the scenario library. `{b}` is a mention of the brand, `{t}` a time span, `{n}` a
 * small number. Each bank is checked against the real scorer in test/unit/communication/phrases.test.ts:
 * the scenarios' ground truth depends on how these posts score.
 */

/** Bank outage (logins, app, payments): complaints about the product, never only about communication. */
export const BANK_OUTAGE = [
  "can't log in to {b} AGAIN. 'something went wrong' every single time",
  '{b} app crashing every time i open it',
  'is the {b} app not working for anyone else or just me',
  '{b} website is down, getting error 503',
  'card payment declined at the shop, {b} app says payment failed',
  'my {b} balance is wrong and transactions are missing',
  'anyone else locked out of {b}?? login just spins',
  'the {b} app is down again? just a white screen',
  '{b} transfers failing, payment error every time',
  'Cannot access my {b} account at all. Says my details are wrong, they are not.',
  '{b} app broken, cannot log in and cannot pay',
  'payments not going through with {b} today, keeps failing',
];

/** Card-payment outage (a payments company). */
export const CARDS_OUTAGE = [
  'my {b} card got declined at the supermarket, so embarrassing',
  '{b} card payments failing everywhere today',
  'card declined again with {b}. payment failed at the till',
  '{b} contactless not working, payment declined twice',
  'online payment with {b} keeps failing, error at checkout',
  '{b} card not working at all, declined in three shops',
  'is {b} down? every card payment fails',
  'payment error with {b} again, card rejected',
];

/** Mobile network outage. */
export const NETWORK_OUTAGE = [
  '{b} no signal at all since lunch, network down',
  'is {b} down? mobile data not working, so annoying',
  '{b} network is broken again, mobile data not working',
  'no bars on {b} all afternoon, mobile data not working',
  '{b} outage? no signal anywhere',
  'no signal with {b} for {t}, useless',
  '{b} mobile data dead, cannot load anything. useless',
  'texts failing on {b}, network broken',
];

/** Complaints about silence: nothing from the company while things are broken. */
export const SILENCE = [
  '{b} no update for hours?? at least tell us what is going on',
  'still no word from {b}, no communication at all. useless',
  '{b} says nothing on the status page, no communication at all. useless',
  'any update {b}? no information anywhere',
];

/** Reactions to an insensitive support reply (quotes and replies to it). */
export const BACKFIRE_REACTIONS = [
  '{b} telling a customer to borrow from friends and family is disgusting. worst customer service ever',
  'tone deaf and insensitive reply from {b} support. appalling customer service',
  "{b} support team told someone who can't feed their kids to borrow from family. disgraceful customer service",
  'absolutely appalling reply from {b} customer service',
  '{b} that support reply was insensitive and disgusting. terrible customer care',
  'worst customer service ever from {b}. "borrow from family"?? shameful',
];

/** The second wave: complaints about customer service and communication. */
export const SERVICE_ANGER = [
  '{b} customer service is useless, no reply to my dms in {n} days',
  'been on hold with {b} for {t}. nobody answers',
  '{b} support team is a joke today. terrible customer service',
  '{b} no apology, no explanation. terrible communication',
  'on hold with {b} for an hour and they hung up on me',
  '{b} customer service should be ashamed of that reply. disgraceful',
  'still no response from {b} support. appalling customer service',
];

/** Hardship: the posts a crisis team must see first. */
export const HARDSHIP = [
  "payday and {b} has not paid my wages in. can't buy food today",
  'rent is due today and {b} transfer failed. i will be evicted',
  "{b} is down and i can't pay for my medication at the pharmacy",
  "can't buy groceries because {b} card payments are broken",
];

/** Replies to a clear, honest update. */
export const THANKS = [
  'thanks for the update {b}, appreciate the honesty',
  'good to know {b}, thanks for keeping us posted',
  'thank you {b}, clear update. appreciate it',
  'appreciate the regular updates {b} 👍',
];

/** After a premature "fixed": it is not fixed. */
export const NOT_FIXED = [
  '{b} said it was fixed. still no signal here',
  'not fixed at all {b}, calls still dropping',
  '{b} network still down, no data, no service',
  'still no signal with {b}. outage not over',
  'is {b} down again? no service again',
];

/** Replies to the premature claim. */
export const FIX_CLAIM_REACTIONS = [
  '{b} fixed?? still broken. misleading',
  '{b} you said it was resolved, it is not. misleading update',
  'why say it is fixed {b}? still not working. misleading announcement',
];

/** A harmless burst of praise: more posts, no complaints. */
export const PRAISE = [
  '{b} free roaming weekend is brilliant 🎉',
  'just got the {b} anniversary gift, love it',
  'wow {b} doubled my data for free, thank you!',
  '{b} is the best network, great deal this week',
  'loving the new {b} offer, amazing value 😍',
  'shoutout to {b} for the free upgrade, brilliant',
];

/** Complaints that quote the reply back at the bank: about customer service, not the app itself. */
export const REPLY_QUOTES = [
  '"works fine on our end" says {b} customer service. unbelievable, worst customer service ever',
  '{b} support telling people to try deleting and reinstalling. useless customer service',
  '"have you tried reinstalling" {b} customer service is a joke. terrible support',
  'works fine on our end?? {b} support gaslighting customers. appalling customer service',
];

/** Card payments failing in Spain: the account speaks Spanish first, then English. */
export const CARDS_OUTAGE_ES = [
  'no puedo pagar con la tarjeta de {b}, error todo el rato',
  '{b} la app no funciona, error en el pago otra vez',
  '{b} no funciona, la tarjeta falla en el super',
  '{b} caído? no funciona ningún pago',
];
