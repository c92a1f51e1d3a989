/**
 * Words the AP Stylebook asks reporters to avoid, with what it prefers. `pattern` is a regex
 * source matched case-insensitively on the reporter's words; `replace` maps the match, lowercased,
 * to its replacement where a swap keeps the sentence whole, and is absent where the sentence needs
 * rewording (“a wheelchair-bound man” → “a man who uses a wheelchair”).
 */
export interface ApTerm {
  pattern: string;
  message: string;
  replace?: Readonly<Record<string, string>>;
  /** Lowercase only: a capitalised match is a name ("the Pro-Life Action League"). */
  lowercaseOnly?: boolean;
}

export const AP_TERMS: readonly ApTerm[] = [
  {
    pattern: '\\bcommit(?:s|ted|ting)? suicide\\b',
    message: '“commit suicide” makes a crime of it: AP writes “died by suicide” or “killed himself”.',
    replace: { 'commit suicide': 'die by suicide', 'commits suicide': 'dies by suicide', 'committed suicide': 'died by suicide', 'committing suicide': 'dying by suicide' },
  },
  {
    pattern: '\\bpro-(?:life|choice)\\b',
    message: 'AP uses “anti-abortion” and “abortion-rights”, not either side’s own name for itself.',
    replace: { 'pro-life': 'anti-abortion', 'pro-choice': 'abortion-rights' },
    lowercaseOnly: true,
  },
  {
    pattern: '\\billegal (?:immigrants?|aliens?|migrants?)\\b|\\billegals\\b',
    message: 'AP describes the act, not the person: “immigrants living in the country illegally” or “without legal permission”.',
  },
  {
    pattern: '\\bwheelchair-bound\\b|\\bconfined to a wheelchair\\b',
    message: 'AP: say the person “uses a wheelchair”; “bound” and “confined” describe a limit the chair removes.',
  },
  {
    pattern: '\\bthird world\\b(?! (?:war|championship|cup|quarterly|network|press|foundation|forum)\\b)',
    message: 'AP: “developing nations”, or name the countries; “Third World” is dated.',
  },
  {
    pattern: '\\b(?:drug |heroin |opioid |crack |meth |alcohol )?addicts?\\b',
    message: 'AP: “a person with an addiction” or “who uses drugs”; “addict” defines a person by a disease.',
  },
  // AP's spellings of everyday words; the British ones (towards, judgement) are left to British copy.
  {
    pattern: '\\be-mail(?:s|ed|ing)?\\b',
    message: 'AP writes “email”, without a hyphen.',
    replace: { 'e-mail': 'email', 'e-mails': 'emails', 'e-mailed': 'emailed', 'e-mailing': 'emailing' },
  },
  {
    pattern: '\\bweb sites?\\b',
    message: 'AP writes “website”, one word.',
    replace: { 'web site': 'website', 'web sites': 'websites' },
  },
  {
    pattern: '\\bcell phones?\\b',
    message: 'AP writes “cellphone”, one word.',
    replace: { 'cell phone': 'cellphone', 'cell phones': 'cellphones' },
  },
  {
    pattern: '\\bokay\\b',
    message: 'AP writes “OK”.',
    replace: { okay: 'OK' },
  },
  {
    pattern: '\\badvisors?\\b',
    message: 'AP spells it “adviser”.',
    replace: { advisor: 'adviser', advisors: 'advisers' },
    lowercaseOnly: true,
  },
  {
    // "could of course" is an aside, not the slip.
    pattern: "\\b(?:should|could|would|must)(?:n['’]t)? of\\b(?! course\\b)",
    message: 'the “of” is a mishearing of “’ve”; write “have”.',
    replace: {
      'should of': 'should have', 'could of': 'could have', 'would of': 'would have', 'must of': 'must have',
      "shouldn't of": "shouldn't have", "couldn't of": "couldn't have", "wouldn't of": "wouldn't have", "mustn't of": "mustn't have",
      'shouldn’t of': 'shouldn’t have', 'couldn’t of': 'couldn’t have', 'wouldn’t of': 'wouldn’t have', 'mustn’t of': 'mustn’t have',
    },
  },
  {
    pattern: '(?<!\\bchicken )\\bKiev\\b',
    message: 'AP has used “Kyiv”, the Ukrainian spelling, since 2019 (“chicken Kiev” excepted).',
    replace: { kiev: 'Kyiv' },
  },
];
