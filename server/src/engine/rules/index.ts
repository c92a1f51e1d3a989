import type { Rule } from '../rule';
import { apCourtesyTitles } from './ap-courtesy-titles';
import { apDates } from './ap-dates';
import { apNumerals } from './ap-numerals';
import { apPercent } from './ap-percent';
import { apTitles } from './ap-titles';
import { apTime } from './ap-time';
import { headlineLength } from './headline-length';
import { houseStyle } from './house-style';
import { leftoverBoilerplate } from './leftover-boilerplate';
import { nameSecondReference } from './name-second-reference';
import { nameSpelling } from './name-spelling';
import { quoteStyle } from './quote-style';
import { repeatedWord } from './repeated-word';

/** Every rule, in the order their findings are computed. */
export const rules: readonly Rule[] = [quoteStyle, leftoverBoilerplate, apNumerals, apDates, apTime, apPercent, repeatedWord, houseStyle, headlineLength, apTitles, apCourtesyTitles, nameSecondReference, nameSpelling];
