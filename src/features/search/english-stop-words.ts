/**
 * English stop words dropped from the index and from queries: PostgreSQL's `english.stop`
 * (the Snowball list), so a phrase distance computed here matches what PostgreSQL users expect.
 * Words that carry meaning in a health question ("no", "not", "after", "before", "against")
 * are kept: "not painful" and "pain after eating" must stay searchable.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her ' +
    'hers herself it its itself they them their theirs themselves what which who whom this that these ' +
    'those am is are was were be been being have has had having do does did doing a an the and but if ' +
    'or because as until while of at by for with about between into through during above below to from ' +
    'up down in out on off over under again further then once here there when where why how all any ' +
    'both each few more most other some such only own same so than too very s t can will just don ' +
    'should now d ll m o re ve y'
  ).split(' '),
);
