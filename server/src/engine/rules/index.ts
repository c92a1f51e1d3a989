import type { Rule } from '../rule';
import { leftoverBoilerplate } from './leftover-boilerplate';
import { photoAltMissing } from './photo-alt-missing';
import { photoCreditDuplicate } from './photo-credit-duplicate';
import { photoCreditFormat } from './photo-credit-format';
import { photoCreditMissing } from './photo-credit-missing';
import { quoteStyle } from './quote-style';

/** Every rule, in the order their findings are computed. */
export const rules: readonly Rule[] = [quoteStyle, leftoverBoilerplate, photoCreditMissing, photoCreditDuplicate, photoAltMissing, photoCreditFormat];
