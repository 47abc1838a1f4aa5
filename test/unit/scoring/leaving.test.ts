import { describe, expect, it } from 'vitest';
import { createScorer } from '../../../server/scoring/index';

const scorer = createScorer();

const leavingTerm = (text: string) => scorer.score(text).why.find((w) => w.rule === 'leaving')?.term;

describe('intent to leave', () => {
  it.each([
    ['@mybank that is it, I am moving my money to Monzo', 'moving my money'],
    ['Third outage this month. Closing my account tomorrow @AcmeBank', 'Closing my account'],
    ['@telco switching to @rivalmobile, your signal is a joke', 'switching to @rivalmobile'],
    ['Just cancelled my contract with @TelcoUK after 3 days without data', 'cancelled my contract'],
    ['Time to find a new bank, this app never works', 'find a new bank'],
    ["@AcmeBank I'm done with you", 'done with you'],
    ['Nå bytter jeg bank, BankID virker ikke igjen', 'bytter jeg bank'],
    ['Jag säger upp mitt abonnemang, nätet är nere igen', 'säger upp'],
    ['Me cambio a otro banco, la app no funciona', 'Me cambio a'],
    ['Ich kündige mein Konto, die App funktioniert nicht', 'kündige'],
  ])('flags %s', (text, words) => {
    const score = scorer.score(text);
    expect(score.leaving).toBe(true);
    expect(leavingTerm(text)).toBe(words);
  });

  it.each([
    'Can I switch to a later flight for free?',
    'You took my money and left us stranded',
    'We are moving the meeting to Tuesday',
    'Is this going to be fixed today?',
    'Removing my money from the equation, the app is great',
    'Turn it off and switch it on again, works now',
    'Closing time at the branch is 5pm?',
  ])('does not flag %s', (text) => {
    expect(scorer.score(text).leaving).toBe(false);
  });

  it('is not set for a language Outcry does not score', () => {
    expect(scorer.score('Приложение не работает, закрываю счёт').leaving).toBe(false);
  });
});
