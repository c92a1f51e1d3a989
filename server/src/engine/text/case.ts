/** `word` with the capitalisation of `model`: all capitals, an initial capital, or as given. */
export function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] !== model[0].toLowerCase()) return capitalize(word);
  return word;
}

/** `word` with its first letter in capitals, as at a sentence start. */
export function capitalize(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
