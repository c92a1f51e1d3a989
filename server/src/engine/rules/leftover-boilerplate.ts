import { ArticleIndex } from '../article-index';
import { ABOUT_COMPANY, BOILERPLATE_LINES } from '../data/boilerplate';
import type { ArticleRule, Report } from '../rule';
import type { Paragraph } from '../model/article';
import type { DocumentText } from '../model/document-text';
import { paragraphSummary } from '../model/summaries';
import { execAll } from '../text/exec-all';

const BUILT_IN = new RegExp(`^(?:${BOILERPLATE_LINES.join('|')})$`, 'i');
const LINE = /[^\r\n]+/g;
/** A rail's heading, which a list of links to other stories follows on the page. */
const LINK_RAIL_HEADING = /^(?:related(?: (?:stories|articles|coverage|content|links|reading))?|read more|see also|more (?:stories|coverage)|more from [^:]*|you (?:may|might) also like|most (?:read|popular|viewed|shared)|recommended(?: for you)?|trending(?: now| stories)?)$/i;
const ABOUT = new RegExp(`^${ABOUT_COMPANY}$`, 'i');

/**
 * Where the company profile under a press release's "About Acme Corp." ends, when it opens with the
 * company's name ("Acme Corp. (NYSE: ACME) is a leading provider…"): its paragraph's end, when the
 * profile goes on from the next line, or the next paragraph's.
 */
function companyProfileEnd(paragraphs: readonly Paragraph[], heading: number, line: LeftoverLine): number | undefined {
  const company = line.words.replace(/^about\s+/i, '').split(/\s+/)[0];
  const paragraph = paragraphs[heading];
  const rest = paragraph.prose.slice(line.end).trim();
  if (rest !== '') return rest.startsWith(company) ? paragraph.end : undefined;
  const next = paragraphs[heading + 1];
  if (!next || next.kind !== 'paragraph') return undefined;
  return next.prose.trimStart().startsWith(company) ? next.end : undefined;
}

/** A headline on a line of its own: capitalised, a few words, no sentence's end or quotation. */
const HEADLINE_LINE = /^[ \t]*\p{Lu}[^.!"“”\r\n]{8,120}(?<![,;:])[ \t]*$/u;
/** A list item's text that is one link and nothing else: "[Storm knocks out power](https://…)". */
const LINK_ONLY_ITEM = /^[ \t]*(?:[*_]{1,2})?\[[^\]\r\n]+\]\([^)\s]*(?:[ \t]+"[^"\r\n]*")?\)(?:[*_]{1,2})?[ \t]*$/;

/** A prose line reduced to its words: markup, emphasis and closing punctuation dropped. */
function normalize(line: string): string {
  return line.replace(/[*_#>|]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/[.:!]+$/, '');
}

/** A web leftover line; offsets relative to its paragraph. */
interface LeftoverLine {
  start: number;
  end: number;
  words: string;
}

/** The paragraphs holding leftovers, by position: after a keystroke, only the edited paragraph is scanned again. */
const leftoverIndex = new ArticleIndex<LeftoverLine[], number[], readonly string[]>({
  summarize(article, index, houseList) {
    const paragraph = article.paragraphs[index];
    if (paragraph.kind === 'code' || paragraph.kind === 'front-matter') return [];
    return paragraphSummary(paragraph, `leftover-boilerplate\u0000${houseList.join('\u0000')}`, (own) => leftoverLines(own.prose, boilerplateTest(houseList)));
  },
  same: (a, b) => (a.length === 0) === (b.length === 0),
  build: (lines) => lines.flatMap((found, index) => (found.length > 0 ? [index] : [])),
});

export const leftoverBoilerplate: ArticleRule = {
  id: 'leftover-boilerplate',
  scope: 'article',
  description: 'Lines pasted from a web page: “Advertisement”, newsletter prompts, share bars, video-player labels.',
  why: 'Web pages wrap articles in ads, prompts and player controls; copied with the story, they end up in print or in the CMS. Only whole lines are flagged, never words inside a sentence.',
  defaultSeverity: 'warning',
  fixable: true,
  check({ article, options }) {
    const houseList = options.house.boilerplate;
    const { summaries, index: holding } = leftoverIndex.of(article, houseList, houseList.join('\u0000'));
    const reports: Report[] = [];
    for (const index of holding) {
      const paragraph = article.paragraphs[index];
      for (const line of summaries[index]) {
        const start = paragraph.start + line.start;
        const { end, message } = extentOf(article.paragraphs, index, line);
        // A line alone goes with its paragraph's spacing; a block, from the line to its end.
        const block = end === paragraph.start + line.end ? paragraph : { start: paragraph.start, end };
        const title = block === paragraph ? 'Delete this line' : 'Delete these lines';
        reports.push({ start, end, message, fixes: [{ title, edits: [deleteLine(article.source, block, start, end)] }] });
      }
    }
    return reports;
  },
};

/**
 * What a leftover line takes with it, and says so: a rail's links, a press release's company
 * profile, or nothing but itself.
 */
function extentOf(paragraphs: readonly Paragraph[], index: number, line: LeftoverLine): { end: number; message: string } {
  const railEnd = LINK_RAIL_HEADING.test(line.words) ? railEndOf(paragraphs, index, line.end) : undefined;
  if (railEnd !== undefined) return { end: railEnd, message: `“${line.words}” and its links to other stories are left over from a web page.` };
  const aboutEnd = ABOUT.test(line.words) ? companyProfileEnd(paragraphs, index, line) : undefined;
  if (aboutEnd !== undefined) return { end: aboutEnd, message: `“${line.words}” and the company profile under it are left over from a press release.` };
  return { end: paragraphs[index].start + line.end, message: `“${line.words}” is left over from a web page.` };
}

/**
 * Where the links under a rail's heading end, the heading ending at `lineEnd` in paragraph
 * `heading`: the list items right after it, when every one is a link and nothing else, or the
 * paragraph's own next lines, when each is a headline pasted as plain text. A list or a line with
 * prose in it is the story's own.
 */
function railEndOf(paragraphs: readonly Paragraph[], heading: number, lineEnd: number): number | undefined {
  const paragraph = paragraphs[heading];
  const rest = paragraph.prose.slice(lineEnd);
  if (rest.trim() !== '') return rest.split(/\r?\n/).slice(1).every((line) => HEADLINE_LINE.test(line)) ? paragraph.end : undefined;
  let last: Paragraph | undefined;
  for (let i = heading + 1; i < paragraphs.length && paragraphs[i].kind === 'list-item'; i++) {
    if (!LINK_ONLY_ITEM.test(paragraphs[i].text)) return undefined;
    last = paragraphs[i];
  }
  return last?.end;
}

const testers = new Map<string, (words: string) => boolean>();

/** Whether a normalized line is boilerplate, built in or in the house list. */
function boilerplateTest(houseList: readonly string[]): (words: string) => boolean {
  const key = houseList.join('\u0000');
  let test = testers.get(key);
  if (!test) {
    const house = new Set(houseList.map((line) => normalize(line).toLowerCase()));
    testers.set(key, (test = (words: string) => BUILT_IN.test(words) || house.has(words.toLowerCase())));
  }
  return test;
}

const MAX_LINE = 320;

/** Whole prose lines that are web leftovers, trimmed, with offsets relative to the paragraph. */
function leftoverLines(prose: string, isBoilerplate: (words: string) => boolean): LeftoverLine[] {
  const found: LeftoverLine[] = [];
  for (const line of execAll(LINE, prose)) {
    const words = normalize(line[0]);
    // Long enough for a wire service's copyright notice or a cookie banner, short of a paragraph of prose.
    if (!words || words.length > MAX_LINE || !isBoilerplate(words)) continue;
    const lead = line[0].length - line[0].trimStart().length;
    found.push({ start: (line.index ?? 0) + lead, end: (line.index ?? 0) + line[0].trimEnd().length, words });
  }
  return found;
}

/**
 * Deletes the whole source lines holding `[start, end)`. When they are the whole block, the
 * blank lines before it go too, so no gap is left; otherwise one line break goes with them.
 */
function deleteLine(text: DocumentText, block: { start: number; end: number }, start: number, end: number) {
  // Character codes, not characters: this runs for every leftover on every keystroke.
  const isBreak = (at: number) => {
    const code = text.charCodeAt(at);
    return code === 10 || code === 13;
  };
  let lineStart = start;
  while (lineStart > 0 && !isBreak(lineStart - 1)) lineStart--;
  let lineEnd = end;
  while (lineEnd < text.length && !isBreak(lineEnd)) lineEnd++;
  const wholeBlock = lineStart <= block.start && lineEnd >= block.end;
  if (wholeBlock) {
    let from = lineStart;
    while (from > 0 && /\s/.test(text.charAt(from - 1))) from--;
    // Keep the previous line's own trailing spaces: only the breaks and blank lines go.
    while (from < lineStart && !isBreak(from)) from++;
    if (from > 0) return { start: from, end: lineEnd, newText: '' };
    let to = lineEnd;
    while (to < text.length && /\s/.test(text.charAt(to))) to++;
    return { start: lineStart, end: to, newText: '' };
  }
  if (lineEnd < text.length) return { start: lineStart, end: lineEnd + (text.slice(lineEnd, lineEnd + 2) === '\r\n' ? 2 : 1), newText: '' };
  const breakLength = text.slice(lineStart - 2, lineStart) === '\r\n' ? 2 : 1;
  return { start: lineStart - breakLength, end: lineEnd, newText: '' };
}
