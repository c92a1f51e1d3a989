import type { Rule } from '../rule';
import { attributionVague } from './attribution-vague';
import { attributionVerb } from './attribution-verb';
import { claimSuperlative } from './claim-superlative';
import { claimUnsourced } from './claim-unsourced';
import { languageLoaded } from './language-loaded';
import { leftoverBoilerplate } from './leftover-boilerplate';
import { photoAltMissing } from './photo-alt-missing';
import { photoCreditDuplicate } from './photo-credit-duplicate';
import { photoCreditFormat } from './photo-credit-format';
import { photoCreditMissing } from './photo-credit-missing';
import { quotePunctuation } from './quote-punctuation';
import { quoteStyle } from './quote-style';
import { quoteUnattributed } from './quote-unattributed';
import { quoteUnbalanced } from './quote-unbalanced';
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
  // Web leftovers
  leftoverBoilerplate,
];
