/**
 * Every match of a global regex in `text`, as `text.matchAll(pattern)` gives them, but found by
 * `pattern` itself. `matchAll` runs a clone, and a clone looks its compiled code up in V8's
 * compilation cache, which garbage collections empty: then the next keystroke compiled the
 * engine's large patterns (speech verbs, weasel words, figures) again, for tens of milliseconds.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`execAll needs a global pattern: ${pattern}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step over it, as matchAll does.
    if (match[0] === '') pattern.lastIndex = stepOver(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = 0;
  return matches;
}

function stepOver(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
