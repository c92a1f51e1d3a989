/**
 * Attribution verbs that editorialize, each as [base, third person, past, participle], aligned
 * with the neutral SAY forms so the replacement keeps the writer's tense.
 *
 * "insist" is on the list: it tells the reader the speaker held out against doubt, a judgment
 * the reporter should show with facts, not a verb. It is only flagged when it attributes a
 * direct quotation; "Kirby insisted that Moscow…" reports a paraphrase and is left alone.
 */
export const SAY: readonly [string, string, string, string] = ['say', 'says', 'said', 'saying'];

export const LOADED_VERBS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['claim', 'claims', 'claimed', 'claiming'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['state', 'states', 'stated', 'stating'],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  ['laugh', 'laughs', 'laughed', 'laughing'],
  ['confess', 'confesses', 'confessed', 'confessing'],
  // Tells the reader the words were a secret brought to light, which a quote rarely is.
  ['reveal', 'reveals', 'revealed', 'revealing'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['opine', 'opines', 'opined', 'opining'],
  ['smile', 'smiles', 'smiled', 'smiling'],
  ['chuckle', 'chuckles', 'chuckled', 'chuckling'],
  ['sneer', 'sneers', 'sneered', 'sneering'],
  // Words are not grinned, snorted, hissed or shrugged; "conceded" says the speaker gave ground.
  ['grin', 'grins', 'grinned', 'grinning'],
  ['snort', 'snorts', 'snorted', 'snorting'],
  ['hiss', 'hisses', 'hissed', 'hissing'],
  ['shrug', 'shrugs', 'shrugged', 'shrugging'],
  ['concede', 'concedes', 'conceded', 'conceding'],
];
