/**
 * Shell-style path patterns, the subset shared by globs and .gitignore files: `*` and `?` within
 * one path segment, `**` across segments, `[abc]`/`[!a-z]` classes, `{md,txt}` alternatives and
 * `\` escapes. Matched without regexes, by the two-pointer wildcard algorithm (back up to the last
 * star only), so a match costs at most pattern × path steps: `*a*a*a*b` cannot blow up.
 */
export interface PathPattern {
  matches(path: string): boolean;
}

type Token = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; test: (char: string) => boolean };
/** A path segment's tokens, or `**`: any number of whole segments. */
type Segment = Token[] | 'globstar';

/** Brace alternatives multiply; past this many the pattern is taken literally. */
const MAX_ALTERNATIVES = 256;

export function compilePattern(pattern: string): PathPattern {
  const alternatives = expandBraces(pattern).map(compileSegments);
  return { matches: (path) => alternatives.some((segments) => matchSegments(segments, path.split('/'))) };
}

/** True when the text uses pattern syntax, so it names a pattern rather than a path. */
export function hasMagic(text: string): boolean {
  return /[*?[{]/.test(text);
}

function compileSegments(pattern: string): Segment[] {
  const segments: Segment[] = splitSegments(pattern).map((text) => (text === '**' ? 'globstar' : tokenize(text)));
  // A trailing `**` means everything inside, not the folder itself.
  if (segments[segments.length - 1] === 'globstar') segments.push([{ kind: 'star' }]);
  return segments;
}

/** Splits on `/` outside escapes and classes. */
function splitSegments(pattern: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\' && i + 1 < pattern.length) current += char + pattern[++i];
    else if (char === '[' && classEnd(pattern, i) > 0) {
      const end = classEnd(pattern, i);
      current += pattern.slice(i, end + 1);
      i = end;
    } else if (char === '/') {
      segments.push(current);
      current = '';
    } else current += char;
  }
  segments.push(current);
  return segments;
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  const chars = Array.from(segment);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    const end = char === '[' ? classEnd(chars, i) : -1;
    if (char === '\\' && i + 1 < chars.length) tokens.push({ kind: 'char', char: chars[++i] });
    else if (char === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') tokens.push({ kind: 'any' });
    else if (end > 0) {
      tokens.push(characterClass(chars.slice(i + 1, end)));
      i = end;
    } else tokens.push({ kind: 'char', char });
  }
  return tokens;
}

/** Where the class opened at `open` closes; -1 when it never does (then `[` is literal). */
function classEnd(text: ArrayLike<string>, open: number): number {
  let i = open + 1;
  if (text[i] === '!' || text[i] === '^') i++;
  if (text[i] === ']') i++;
  for (; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === ']') return i;
  }
  return -1;
}

function characterClass(body: string[]): Token {
  const negated = body[0] === '!' || body[0] === '^';
  const chars = negated ? body.slice(1) : body;
  const ranges: Array<[string, string]> = [];
  const literal = (i: number) => (chars[i] === '\\' && i + 1 < chars.length ? [chars[i + 1], i + 1] : [chars[i], i]) as [string, number];
  for (let i = 0; i < chars.length; i++) {
    const [from, fromEnd] = literal(i);
    i = fromEnd;
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      const [to, toEnd] = literal(i + 2);
      ranges.push([from, to]);
      i = toEnd;
    } else ranges.push([from, from]);
  }
  return { kind: 'class', negated, test: (char) => ranges.some(([from, to]) => char >= from && char <= to) };
}

function matchOne(token: Token, char: string): boolean {
  if (token.kind === 'any') return true;
  if (token.kind === 'char') return token.char === char;
  if (token.kind === 'class') return token.test(char) !== token.negated;
  return false;
}

/** The classic wildcard walk: on a mismatch, let the last star swallow one more item and retry. */
function wildcard<P, S>(patterns: P[], subjects: S[], isStar: (p: P) => boolean, one: (p: P, s: S) => boolean): boolean {
  let p = 0;
  let s = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (s < subjects.length) {
    if (p < patterns.length && isStar(patterns[p])) {
      starAt = p++;
      resumeAt = s;
    } else if (p < patterns.length && one(patterns[p], subjects[s])) {
      p++;
      s++;
    } else if (starAt >= 0) {
      p = starAt + 1;
      s = ++resumeAt;
    } else return false;
  }
  while (p < patterns.length && isStar(patterns[p])) p++;
  return p === patterns.length;
}

function matchSegments(segments: Segment[], parts: string[]): boolean {
  return wildcard(
    segments,
    parts,
    (segment) => segment === 'globstar',
    (segment, part) => segment !== 'globstar' && wildcard(segment, Array.from(part), (token) => token.kind === 'star', matchOne),
  );
}

/** `a{b,c{d,e}}` → `ab`, `acd`, `ace`; an unmatched brace is literal. */
function expandBraces(pattern: string): string[] {
  const open = findUnescaped(pattern, '{', 0);
  if (open < 0) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') i++;
    else if (char === '{') depth++;
    else if (char === ',' && depth === 1) commas.push(i);
    else if (char === '}' && --depth === 0) {
      const bounds = [open, ...commas, i];
      const options = bounds.slice(1).map((end, k) => pattern.slice(bounds[k] + 1, end));
      const head = pattern.slice(0, open);
      const tails = expandBraces(pattern.slice(i + 1));
      const expanded = options.flatMap((option) => expandBraces(option).flatMap((middle) => tails.map((tail) => head + middle + tail)));
      return expanded.length <= MAX_ALTERNATIVES ? expanded : [pattern];
    }
  }
  return [pattern];
}

function findUnescaped(text: string, char: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) return i;
  }
  return -1;
}
