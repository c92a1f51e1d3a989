import type { Rule } from '../rule';
import { leftoverBoilerplate } from './leftover-boilerplate';
import { quoteStyle } from './quote-style';

/** Every rule, in the order their findings are computed. */
export const rules: readonly Rule[] = [quoteStyle, leftoverBoilerplate];
