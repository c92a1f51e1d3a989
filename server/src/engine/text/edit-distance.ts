/**
 * Edit distance between `a` and `b`, counting a swap of two neighbouring letters as one edit
 * ("Jonhson" for "Johnson", the commonest slip at a keyboard: optimal string alignment), or
 * `limit + 1` as soon as it must exceed `limit`: comparing many names stays cheap because
 * hopeless pairs stop after a row or two.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
      rowMinimum = Math.min(rowMinimum, current[j]);
    }
    // A row past the limit ends it: a swap reaches back one more row, but only from a value that
    // also kept this row within the limit.
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}
