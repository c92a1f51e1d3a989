const keyCache = new Map<string, string[]>();

/**
 * The word and its forms with one letter deleted (two from eight letters). Two words within that
 * many edits share a form, so near spellings are found by lookup rather than by comparing every
 * pair (the symmetric-deletion idea of SymSpell): a long story's names stay cheap on each keystroke.
 */
function deletionKeys(word: string): string[] {
  let keys = keyCache.get(word);
  if (keys) return keys;
  const found = new Set([word]);
  const deleteOne = (from: string) => {
    const result: string[] = [];
    for (let i = 0; i < from.length; i++) result.push(from.slice(0, i) + from.slice(i + 1));
    return result;
  };
  for (const once of deleteOne(word)) {
    found.add(once);
    if (word.length >= 8) for (const twice of deleteOne(once)) found.add(twice);
  }
  keys = [...found];
  // Names change slowly while a story is edited; the bound only stops a long session growing.
  if (keyCache.size > 50_000) keyCache.clear();
  keyCache.set(word, keys);
  return keys;
}

let lastIndex: { signature: string; candidatesFor: (word: string) => Set<string> } | undefined;

/**
 * Groups `words` so that `candidatesFor(word)` returns the others that may be a near spelling of
 * it. Edits rarely change the set of names, so the last index is reused while the set is the same.
 */
export function nearSpellingIndex(words: readonly string[]): (word: string) => Set<string> {
  const signature = words.join('\u0000');
  if (lastIndex?.signature !== signature) lastIndex = { signature, candidatesFor: buildIndex(words) };
  return lastIndex.candidatesFor;
}

function buildIndex(words: readonly string[]): (word: string) => Set<string> {
  const byKey = new Map<string, string[]>();
  for (const word of words) {
    for (const key of deletionKeys(word)) {
      const bucket = byKey.get(key);
      if (bucket) bucket.push(word);
      else byKey.set(key, [word]);
    }
  }
  const memo = new Map<string, Set<string>>();
  return (word) => {
    let candidates = memo.get(word);
    if (candidates) return candidates;
    candidates = new Set<string>();
    for (const key of deletionKeys(word)) for (const other of byKey.get(key) ?? []) if (other !== word) candidates.add(other);
    memo.set(word, candidates);
    return candidates;
  };
}
