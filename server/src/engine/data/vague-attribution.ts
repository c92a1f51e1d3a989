/**
 * Weasel attribution: a claim credited to nobody in particular. Regex sources matched
 * case-insensitively on the reporter's own words. "Said" alone is never a hedge.
 */
const CROWD =
  'critics|some|many|experts|some experts|many experts|most experts|a number of experts|scientists|researchers|analysts|observers|some people|many people|a lot of people|skeptics|detractors|commentators|historians|economists|doctors';
/**
 * Not a crowd: particular people the story has introduced ("the researchers said", "two analysts
 * said"), and "say" as a noun ("to have some say in").
 */
const NOT_A_CROWD = "(?<!\\b(?:the|these|those|its|their|his|her|our|both|two|three|four|five|\\d+|have|has|had|having|get|got|given|want|wants|wanted) )";
const CLAIM_VERBS = 'say|said|agree|agreed|believe|believed|think|thought|argue|argued|contend|claim|claimed|charge|note|noted|warn|warned|suggest|suggested|feel|maintain|insist|fear|worry|point out|have said|have argued|have noted|have suggested|have warned|have challenged|have questioned|have long said|have long argued|have raised concerns|raised concerns|have raised questions|raised questions|have expressed concern|expressed concern';

export const VAGUE_ATTRIBUTIONS: readonly string[] = [
  // critics say, some experts believe, many people think
  `${NOT_A_CROWD}\\b(?:${CROWD}) (?:${CLAIM_VERBS})\\b`,
  // "Some say the plan is flawed. Others say…": the others of a faceless "some". After people the story
  // interviewed ("Some workers who were there said…"), "Others said" is more of them.
  // The look-behind sits after the words, so it runs only where they stand.
  `\\bothers (?:say|said|argue|argued|believe|believed|think|thought)\\b(?<=\\b(?:some|others) (?:say|said|argue|argued|believe|believed|think|thought)\\b[^.!?]{0,200}[.!?;,]\\s{0,3}(?:while |but |and )?others (?:say|said|argue|argued|believe|believed|think|thought))`,
  // "Many residents believe", "most voters think": a crowd's belief asserted, whose survey?
  `${NOT_A_CROWD}\\b(?:many|most|some|a lot of) (?:[\\w-]+ )?(?:residents|people|voters|parents|fans|americans|consumers|customers|locals|neighbors|neighbours|workers|employees|investors|homeowners|members|users|observers) (?:believe|believed|think|thought|feel|felt|fear|feared|suspect|agree|agreed)\\b`,
  // it is widely believed, it has been said, it's thought that
  // "it was said by the minister" names someone; "it was held in Paris", "it is known as" are no claim.
  "\\bit(?: is|['’]s| has been| was| had been) (?:widely |generally |commonly |often |long )?(?:believed|said|thought|reported|claimed|rumou?red|argued|suggested|understood)\\b(?! (?:by|as|for|in|on|at|from|with)\\b)",
  "\\bit(?: is|['’]s| has been| was) (?:widely |generally |commonly |well )?known that\\b",
  // studies show, research suggests, reports say
  // Not "the reports show", "these studies found": reports the story has named.
  '(?<!\\b(?:the|these|those|its|their|his|her|our|both|two|three) )\\b(?:studies|research|reports|surveys|polls|many reports|some reports|some studies|many studies) (?:show|shows|have shown|suggest|suggests|have suggested|prove|proves|have proven|found|have found|say|indicate|indicates)\\b',
  '\\breportedly\\b',
  '\\brumou?rs (?:abound|suggest|say|have it)\\b',
  // "widely regarded as", "is widely seen as lagging": regarded by whom?
  '\\b(?:widely|commonly|generally) (?:believed|thought|accepted|reported|regarded|seen|viewed|considered)\\b',
  // "There is growing concern that…", "concerns have been raised": whose concern?
  '\\bthere (?:is|are|has been|have been) (?:growing|mounting|increasing|widespread|rising|renewed) (?:concerns?|fears?|speculation|criticism|frustration|anger|skepticism|doubts?)\\b',
  '\\b(?:concerns?|questions|doubts|fears|criticism) (?:have|has) been (?:raised|expressed|voiced)\\b(?! by\\b)',
  // "Critics of the plan say", "opponents of the measure have long argued"
  `${NOT_A_CROWD}\\b(?:critics|opponents|supporters|skeptics|detractors|proponents|advocates) of (?:[\\w'’-]+ ){1,5}?(?:${CLAIM_VERBS})\\b`,
];
