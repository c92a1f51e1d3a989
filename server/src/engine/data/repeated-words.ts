/**
 * Words that may correctly appear twice in a row ("what she had had", "he said that that plan
 * failed", "so so"), so `repeated-word` leaves them alone. Lowercase.
 */
export const GRAMMATICAL_REPEATS: readonly string[] = ['had', 'that', 'is', 'do', 'so', 'very', 'no', 'ha', 'bye', 'knock', 'yada', 'blah'];

/** Little words that are never a name, so a capitalised pair of them ("The The") is still a slip. */
export const FUNCTION_WORDS: readonly string[] = ['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'it', 'he', 'she', 'they', 'we', 'this'];
