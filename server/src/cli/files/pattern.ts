/**
 * Shell-style path patterns, the subset shared by globs and .gitignore files: `*` and `?` within
 * one path segment, `**` across segments, `[abc]`/`[!a-z]` classes, `{md,txt}` alternatives and
 * `\` escapes. Compiled to regexes with no nested quantifiers, so matching stays linear per star.
 */
export function patternSource(pattern: string): string {
  let source = '';
  let braceDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\' && i + 1 < pattern.length) {
      source += escapeRegExp(pattern[++i]);
    } else if (char === '*') {
      const atSegmentStart = i === 0 || pattern[i - 1] === '/';
      if (pattern[i + 1] === '*' && atSegmentStart && (i + 2 === pattern.length || pattern[i + 2] === '/')) {
        // `**/` is zero or more whole folders; a trailing `**` is everything below.
        const trailing = i + 2 === pattern.length;
        source += trailing ? '.*' : '(?:.*/)?';
        i += trailing ? 1 : 2;
      } else {
        while (pattern[i + 1] === '*') i++;
        source += '[^/]*';
      }
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '[') {
      const end = classEnd(pattern, i);
      if (end < 0) source += '\\[';
      else {
        source += characterClass(pattern.slice(i + 1, end));
        i = end;
      }
    } else if (char === '{' && pattern.indexOf('}', i) > 0) {
      braceDepth++;
      source += '(?:';
    } else if (char === ',' && braceDepth > 0) {
      source += '|';
    } else if (char === '}' && braceDepth > 0) {
      braceDepth--;
      source += ')';
    } else {
      source += escapeRegExp(char);
    }
  }
  return source + ')'.repeat(braceDepth);
}

/** True when the text uses any pattern syntax, so it names a pattern rather than a path. */
export function hasMagic(text: string): boolean {
  return /[*?[{]/.test(text);
}

function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return -1;
}

function characterClass(body: string): string {
  const negated = body[0] === '!' || body[0] === '^';
  const members = (negated ? body.slice(1) : body).replace(/\\?([\]\\^])/g, '\\$1');
  // A class never matches the folder separator, as in the shell.
  return negated ? `[^/${members}]` : `(?!/)[${members}]`;
}

function escapeRegExp(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}
