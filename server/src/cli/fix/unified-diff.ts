interface Line {
  text: string;
  /** False for a file's last line when the file has no final line break. */
  terminated: boolean;
}

/** One line of an edit script: kept in both versions, removed from the old, or added in the new. */
interface DiffLine extends Line {
  op: ' ' | '-' | '+';
}

const CONTEXT = 3;

/** A unified diff (as `diff -u` and `git diff` print it) of two versions of a file, or '' when equal. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const script = diffLines(splitLines(before), splitLines(after));
  const out = [`--- a/${path}`, `+++ b/${path}`];
  // Line numbers of each script entry in the old and new text.
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const line of script) {
    oldAt.push(oldLine);
    newAt.push(newLine);
    if (line.op !== '+') oldLine++;
    if (line.op !== '-') newLine++;
  }
  for (const [from, to] of hunkSpans(script)) {
    const lines = script.slice(from, to + 1);
    const oldCount = lines.filter((line) => line.op !== '+').length;
    const newCount = lines.filter((line) => line.op !== '-').length;
    out.push(`@@ -${span(oldAt[from], oldCount)} +${span(newAt[from], newCount)} @@`);
    for (const line of lines) {
      out.push(line.op + line.text);
      if (!line.terminated) out.push('\\ No newline at end of file');
    }
  }
  return `${out.join('\n')}\n`;
}

function span(start: number, count: number): string {
  // diff names an empty range by the line before it.
  return count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
}

/** Script index ranges [from, to] of hunks: changes with CONTEXT lines around, merged when they touch. */
function hunkSpans(script: DiffLine[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  script.forEach((line, i) => {
    if (line.op === ' ') return;
    const from = Math.max(0, i - CONTEXT);
    const to = Math.min(script.length - 1, i + CONTEXT);
    const last = spans[spans.length - 1];
    if (last && from <= last[1] + 1) last[1] = to;
    else spans.push([from, to]);
  });
  return spans;
}

function splitLines(text: string): Line[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const terminated = parts[parts.length - 1] === '';
  if (terminated) parts.pop();
  // A CRLF line keeps its CR, as `diff -u` prints it, so `patch` and `git apply` match the file.
  return parts.map((line, i) => ({ text: line, terminated: terminated || i < parts.length - 1 }));
}

const same = (x: Line, y: Line) => x.text === y.text && x.terminated === y.terminated;

/** The shortest edit script, by Myers' O((N+M)·D) algorithm after trimming the common head and tail. */
function diffLines(a: Line[], b: Line[]): DiffLine[] {
  let head = 0;
  while (head < a.length && head < b.length && same(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && same(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const kept = (line: Line): DiffLine => ({ op: ' ', ...line });
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  return [...a.slice(0, head).map(kept), ...middle, ...a.slice(a.length - tail).map(kept)];
}

function myers(a: Line[], b: Line[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  // The furthest x on each diagonal k = x - y, saved before each round d for the walk back.
  const trace: Int32Array[] = [];
  search: for (let d = 0; d <= n + m; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && same(a[x], b[y])) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break search;
    }
  }
  const reversed: DiffLine[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d];
    const k = x - y;
    const inserted = k === -d || (k !== d && previous[offset + k - 1] < previous[offset + k + 1]);
    const previousK = inserted ? k + 1 : k - 1;
    const previousX = previous[offset + previousK];
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      reversed.push({ op: ' ', ...a[--x] });
      y--;
    }
    if (inserted) reversed.push({ op: '+', ...b[--y] });
    else reversed.push({ op: '-', ...a[--x] });
  }
  while (x > 0) reversed.push({ op: ' ', ...a[--x] });
  return reversed.reverse();
}
