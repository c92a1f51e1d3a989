import type { Rule } from '../rule';
import { attributionVerb } from './attribution-verb';
import { leftoverBoilerplate } from './leftover-boilerplate';
import { quotePunctuation } from './quote-punctuation';
import { quoteStyle } from './quote-style';
import { quoteUnattributed } from './quote-unattributed';
import { quoteUnbalanced } from './quote-unbalanced';

/** Every rule, in the order their findings are computed. */
export const rules: readonly Rule[] = [quoteStyle, leftoverBoilerplate, quoteUnbalanced, quoteUnattributed, quotePunctuation, attributionVerb];
