import type { Rule } from '../rule';
import { apCourtesyTitles } from './ap-courtesy-titles';
import { apDates } from './ap-dates';
import { apNumerals } from './ap-numerals';
import { apPercent } from './ap-percent';
import { apStates } from './ap-states';
import { apTerms } from './ap-terms';
import { apTitles } from './ap-titles';
import { apTime } from './ap-time';
import { attributionVague } from './attribution-vague';
import { attributionVerb } from './attribution-verb';
import { claimSuperlative } from './claim-superlative';
import { claimUnsourced } from './claim-unsourced';
import { headlineLength } from './headline-length';
import { houseStyle } from './house-style';
import { languageLoaded } from './language-loaded';
import { leftoverBoilerplate } from './leftover-boilerplate';
import { leftoverPlaceholder } from './leftover-placeholder';
import { nameSecondReference } from './name-second-reference';
import { nameSpelling } from './name-spelling';
import { photoAltMissing } from './photo-alt-missing';
import { photoCreditDuplicate } from './photo-credit-duplicate';
import { photoCreditFormat } from './photo-credit-format';
import { photoCreditMissing } from './photo-credit-missing';
import { quotePunctuation } from './quote-punctuation';
import { quoteStyle } from './quote-style';
import { quoteUnattributed } from './quote-unattributed';
import { quoteUnbalanced } from './quote-unbalanced';
import { repeatedWord } from './repeated-word';
import { sourceAnonymous } from './source-anonymous';

/** Every rule, in the order their findings are computed. */
export const rules: readonly Rule[] = [
  // Quotations
  quoteStyle,
  quoteUnbalanced,
  quoteUnattributed,
  quotePunctuation,
  attributionVerb,
  // Photos
  photoCreditMissing,
  photoCreditDuplicate,
  photoAltMissing,
  photoCreditFormat,
  // Claims and sourcing
  claimUnsourced,
  claimSuperlative,
  attributionVague,
  sourceAnonymous,
  languageLoaded,
  // AP style and house style
  apNumerals,
  apDates,
  apTime,
  apPercent,
  apStates,
  apTitles,
  apCourtesyTitles,
  apTerms,
  nameSecondReference,
  nameSpelling,
  repeatedWord,
  headlineLength,
  houseStyle,
  // Leftovers: from the web and from the draft
  leftoverBoilerplate,
  leftoverPlaceholder,
];
