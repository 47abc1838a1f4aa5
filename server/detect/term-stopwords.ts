/**
 * Words too common to say anything about an incident, for emerging terms (not the language-detection
 * list in scoring/lexicons). Mostly English, with the commonest Spanish, Portuguese, French and German
 * function words since complaint posts mix languages. Compared after lower-casing; apostrophes kept.
 */
export const TERM_STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being
  below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't during
  each few for from further get gets getting got had hadn't has hasn't have haven't having he her here hers
  herself him himself his how i i'm i've i'd i'll if in into is isn't it it's its itself just let's me more most
  my myself no nor not now of off on once only or other our ours ourselves over own same she should so
  some still such than that that's the their theirs them themselves then there there's these they they're
  this those through to too under until up us very was wasn't we we're we've were weren't what what's when
  where which while who whom why will with won't would wouldn't you you're you've your yours yourself
  yourselves im ive dont cant wont didnt doesnt isnt wasnt thats theres youre hes shes its lets
  anyone anything every everyone everything someone something nothing really even again ever yet much many
  one two three like know think want need make made going gonna wanna gotta today yesterday tomorrow
  day days time times now way back well good great thanks thank please pls plz lol omg wtf rt via amp
  http https www com
  el la los las un una unos unas de del al y o que en es por para con no se lo le les mi mis tu su sus
  muy pero como mas ya hay esta este esto eso
  o a os as um uma de do da dos das e que em no na nos nas por para com não nao se meu minha seu sua mais
  le la les un une des du de et ou que qui en est pas pour avec sur dans ce cette mon ma mes je tu il elle
  nous vous ils elles
  der die das ein eine und oder ist nicht mit für auf ich du er sie wir ihr es zu von den dem im
  `
    .split(/\s+/)
    .filter(Boolean),
);
