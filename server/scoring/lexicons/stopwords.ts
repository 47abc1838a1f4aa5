// Distinctive function words per Latin-script language, for cheap language detection (language.ts).
// Words that also occur in English posts ("a", "die", "do", "is", "me", "man", "men", "for", "den", "was",
// "hat", "war"...) are left out, so that English is not misread as another language. A word may belong to
// several languages ("og" is Norwegian and Danish): it counts for each. The order is the tie-break: Norwegian
// comes before Danish and Swedish. Sources: the Snowball stopword lists
// and common tweet function words, written out by hand. One string per language, words separated by spaces.

const LISTS: Readonly<Record<string, string>> = {
  en: `the and is are was it this that you my i i'm im of to for with have has not can't don't be just what your
    they we me at so but will get all if from been why how when an on in after about our he she his her do does
    did out up now again`,
  es: `el los las por para pero muy es está esta este esto que del una unos unas como también yo tengo puedo
    nada gracias funciona cuenta estoy mañana qué cómo porque cuando donde todo todos hoy mucho más eso ese
    esa fue ser son están sobre entre hasta desde nos les su sus él ella ellos usted ustedes pues
    así bien ahora siempre nunca otra otro vez hace años día tiene tienen hacer puede quiero sí hola buenos
    algo ni un muchas muchos cuál porqué aquí había sido tenemos vamos de la en`,
  pt: `não nao uma é está muito para com que meu minha mais ainda consigo obrigado obrigada vocês você voce isso
    também já conta estou dos das nos ao aos pelo pela seu sua ele ela eles eu nós são foi ser ter tem têm como
    mas quando onde porque tudo hoje agora sempre nunca aqui bem então só depois antes pra vai vou fazer
    pode quero sim olá bom boa tão coisa gente dia nem sem sobre até desde essa esse este esta isto aquele
    muita vc q numa ou né aí lá de`,
  fr: `le les est une je vous nous avec pour mais très ça cest c'est j'ai merci toujours encore rien pourquoi
    aujourd compte suis des au aux il elle ils elles ce cette ces qui que dans sur pas sont était été avoir
    être fait faire peut tout tous toute bien comme quand où moi toi lui leur leurs notre votre sa mes
    tes ses nos vos ne n'est qu'il d'un d'une aussi alors donc déjà jamais là ici voilà oui chez sans sous
    après avant depuis pendant contre vers parce quoi comment faut vais c'était avez avons ont un non
    l'on qu'on j'suis trop et du de la en`,
  de: `der das und ist nicht ich mit auf ein eine dem zu für sehr auch noch kein keine mein meine geht wieder
    schon danke funktioniert warum sich sie wir ihr es von vom zum zur bei aus über unter durch gegen ohne
    wie wo wer wenn dass weil oder aber doch nur jetzt heute immer nie mal hier dann denn nein mehr
    viel alle alles haben hatte sind wird werden kann muss soll wurde bist seid einen einem einer eines
    diese dieser dieses unsere unser euch uns mich dich mir dir ihm ihn ihnen gibt kommt macht morgen`,
  it: `gli della che è sono una molto mio mia ancora anche grazie funziona perché più già questo nostro il di
    del dei delle degli nel nella nei alla dal dalla sul sulla tra fra non quando cosa
    questa questi quello quella tutto tutti sempre mai oggi ora adesso qui bene poi dopo prima hai
    abbiamo hanno essere fatto può voglio sì ciao buon buona tanto niente nulla senza sei siamo stato
    stata io lui lei noi voi loro ti ci ne anni giorno un la per con`,
  nl: `het een niet ik voor maar zijn ook nog mijn weer geen bedankt werkt waarom alweer te je aan om bij
    uit naar wat wie waar heb hebt heeft hebben wordt worden werd kan kunnen moet moeten zal zou
    wil gaat gaan nu hier daar toch wel zo dus omdat tegen zonder onze ons jullie haar
    hun zij wij ze deze dit goed veel meer alle alles niets niks echt mee vandaag morgen de en`,
  id: 'yang tidak ini itu saya dengan untuk bisa sudah belum aku gak',
  tr: 've bir çok için değil yok gibi daha neden hala',
  // Norwegian, Bokmål and Nynorsk together: detection answers 'no' for both.
  no: `og ikke jeg det som med på av til har er var seg meg deg ble blir etter eller når hva hvorfor kanskje
    også fordi noe noen mye veldig litt helt godt dette denne disse hvordan fortsatt fremdeles igjen
    aldri hele mer ingen ingenting sånn slik enn hadde være vært kunne skulle ville får fikk går gikk nok
    takk funker kan skal vil må nå så jo vi ikkje eg ein eit kva korleis kvifor berre frå dei
    vere vore blei noko nokon mykje sjølv heile framleis kjem gjer òg ganske altså hos en ei dere deg oss vår våre inn`,
  da: `og ikke jeg det som med på af til har er var sig mig blev bliver efter eller når hvad hvorfor måske
    også fordi noget nogen meget lidt helt godt dette denne disse hvordan stadig igen aldrig hele
    ingen intet sådan havde være været kunne skulle ville får fik går gik nok tak kan skal vil
    må nu så jo vi kun vores jeres deres hjælp desværre ej heller hos en ind jer`,
  sv: `och är inte jag som med på av har var från efter vad varför också mycket något några lite
    blev blir mig sig nu hur fortfarande igen aldrig ingen vara varit kunde skulle ville får fick går
    gick tack fungerar funkar att det detta denna dessa eller när kan ska vill måste inget hela mer sådan än
    hade hjälp tyvärr ej heller oss vår våra ni någon vi jo en`,
  pl: 'nie się jest że mnie już działa czy dlaczego',
};

export const STOPWORDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, words]) => [lang, [...new Set(words.split(/\s+/).filter(Boolean))]]),
);
