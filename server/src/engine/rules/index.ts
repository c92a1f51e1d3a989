import type { Rule } from '../rule';
import { attributionVague } from './attribution-vague';
import { claimSuperlative } from './claim-superlative';
import { claimUnsourced } from './claim-unsourced';
import { languageLoaded } from './language-loaded';
import { leftoverBoilerplate } from './leftover-boilerplate';
import { quoteStyle } from './quote-style';
import { sourceAnonymous } from './source-anonymous';

/** Every rule, in the order their findings are computed. */
export const rules: readonly Rule[] = [quoteStyle, leftoverBoilerplate, claimUnsourced, claimSuperlative, attributionVague, sourceAnonymous, languageLoaded];
