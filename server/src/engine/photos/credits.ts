import { PHOTO_AGENCIES } from '../data/photo-agencies';
import { AMBIGUOUS_CREDIT_LABEL, CREDIT_CONNECTORS, CREDIT_LABELS, GRAPHIC_CREDIT_LABEL, PROSE_SOURCE, SOURCE_ONLY_CREDIT } from '../data/photo-credits';
import { execAll } from '../text/exec-all';

/**
 * How a credit is written: `(Jane Doe/AP)`, `Photo: Jane Doe/AP`, another label (`Photo by`,
 * `Credit`, `Courtesy of`, `©`), a bare `Jane Doe/AP` ending the caption, or prose (“this photo from Apple”).
 */
export type CreditFormat = 'parenthetical' | 'photo-colon' | 'labelled' | 'trailing' | 'prose';

/** A photo credit found in a text; offsets are relative to the text searched. */
export interface Credit {
  start: number;
  end: number;
  format: CreditFormat;
  /** The credited names without label or parentheses: `Alex Wong/Getty Images`. */
  body: string;
}

const PARENTHESISED = /\(([^()\r\n]{1,160})\)/g;
const LABEL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CREDIT_LABELS.map((label) => `(${label.pattern})`).join('|')})`, 'giu');
const LABEL_AT_START = new RegExp(`^\\s*(?:${[...CREDIT_LABELS.map((label) => label.pattern), AMBIGUOUS_CREDIT_LABEL, GRAPHIC_CREDIT_LABEL].join('|')})\\s*`, 'iu');
const PHOTO_COLON = new RegExp(`(?<![\\p{L}\\p{N}])${AMBIGUOUS_CREDIT_LABEL}`, 'giu');
const GRAPHIC_COLON = new RegExp(`(?<![\\p{L}\\p{N}])${GRAPHIC_CREDIT_LABEL}`, 'giu');
const PROSE = new RegExp(PROSE_SOURCE, 'gu');
/** `Submitted photo` ending the line, perhaps with its period. */
const SOURCE_ONLY = new RegExp(`(?<![\\p{L}\\p{N}])${SOURCE_ONLY_CREDIT}(?=\\.?\\s*$)`, 'iu');
/**
 * Where a bare credit may begin: after a sentence's end, spaced or glued (`Thursday.Anthony
 * Wallace/AFP`), or after a credit in parentheses printed before it (`(Jane Doe/AP) Jane Doe/AP`).
 */
const SENTENCE_END = /[.!?”’"¶)](?=[ \t]*[\p{Lu}\p{N}])/gu;
const LINE = /[^\r\n]+/g;
const PART_SEPARATOR = /\s*(?:\/|\||\s[-–—]\s|\bvia\b|\bfor\b)\s*/;
const CONNECTORS = new Set(CREDIT_CONNECTORS);
/** What may follow a credit that ends its caption: closing emphasis, a period, spaces. */
const ENDS_LINE = /^[\s*_.]*$/;
/** A freelancer's credit: `Maren Holm for The Traveler`, `Ruth Fremson for The New York Times`. */
const FOR_OUTLET = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*\s+for\s+(?:[Tt]he\s+)?\p{Lu}/u;
const MAX_NAME_TOKENS = 14;
/** A bare credit sits within this many characters of its line's end. */
const TRAILING_REACH = 120;
/** No credit runs longer; looking no further keeps the scan linear however often a label recurs. */
const MAX_CREDIT_LENGTH = 160;

/** Finds photo credits in caption text, knowing the built-in and house agency names. */
export class CreditReader {
  private readonly agencies: Set<string>;

  constructor(houseAgencies: readonly string[] = []) {
    this.agencies = new Set([...PHOTO_AGENCIES, ...houseAgencies].map(normalizePart).filter(Boolean));
  }

  /** Credits in `text`, line by line, in order and never overlapping. */
  find(text: string): Credit[] {
    const credits: Credit[] = [];
    for (const line of execAll(LINE, text)) {
      if (!/[(©/:\p{Lu}]/u.test(line[0])) continue;
      for (const credit of this.findInLine(line[0])) {
        credits.push({ ...credit, start: credit.start + line.index, end: credit.end + line.index });
      }
    }
    return credits;
  }

  /** The credited names, normalised for comparison: `AP Photo/Jane Doe` → `ap`, `jane doe`. */
  parts(credit: Credit): string[] {
    return credit.body.split(PART_SEPARATOR).map(normalizePart).filter(Boolean);
  }

  private findInLine(line: string): Credit[] {
    const found: Credit[] = [];
    // Characters already credited: earlier, surer readings win over later ones.
    const taken = new Uint8Array(line.length);
    const add = (credit: Credit | undefined) => {
      if (!credit || taken.subarray(credit.start, credit.end).includes(1)) return;
      taken.fill(1, credit.start, credit.end);
      found.push(credit);
    };
    for (const match of execAll(PARENTHESISED, line)) {
      const ending = ENDS_LINE.test(line.slice(match.index + match[0].length));
      add(this.parenthetical(match[1], match.index, ending) ?? this.repeated(match[1], match.index, found));
    }
    for (const match of execAll(LABEL, line)) {
      const anyBody = CREDIT_LABELS[match.slice(1).findIndex((group) => group !== undefined)]?.anyBody ?? false;
      add(this.labelled(line, match.index, match.index + match[0].length, anyBody));
    }
    for (const match of execAll(PHOTO_COLON, line)) add(this.photoColon(line, match.index, match.index + match[0].length));
    // A map's or graphic's credit is its own label, not a photo credit in another house format.
    for (const match of execAll(GRAPHIC_COLON, line)) add(this.photoColon(line, match.index, match.index + match[0].length, 'labelled'));
    for (const credit of this.trailing(line)) add(credit);
    const sourceOnly = SOURCE_ONLY.exec(line);
    if (sourceOnly) add({ start: sourceOnly.index, end: sourceOnly.index + sourceOnly[0].length, format: 'labelled', body: sourceOnly[0] });
    for (const match of execAll(PROSE, line)) {
      const from = match.index + match[0].length;
      const end = from + this.nameLength(line.slice(from, from + MAX_CREDIT_LENGTH));
      if (end > from) add({ start: match.index, end, format: 'prose', body: line.slice(from, end) });
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /**
   * `(Alex Wong/Getty Images)`, `(AP)`, `(Photo: Jane Doe)`: a name with an agency, or a labelled
   * credit; ending the caption, any name of two words or more (`(U.S. Consumer Product Safety Commission)`, a handout's).
   */
  private parenthetical(inner: string, at: number, endsLine: boolean): Credit | undefined {
    const label = LABEL_AT_START.exec(inner);
    const body = (label ? inner.slice(label[0].length) : inner).trim();
    const handout = endsLine && /\S\s+\S/.test(body);
    const credited = label ? this.isName(body) : this.isName(body) && (/[/|]/.test(body) || this.hasAgency(body) || FOR_OUTLET.test(body) || handout);
    return credited ? { start: at, end: at + inner.length + 2, format: 'parenthetical', body } : undefined;
  }

  /**
   * `(The Bulletin)` after `(Carla Mendez/The Bulletin)`: a name in parentheses that an earlier
   * credit on the line already gives is that credit again, whatever the outlet.
   */
  private repeated(inner: string, at: number, earlier: Credit[]): Credit | undefined {
    const part = normalizePart(inner);
    // Only the credits just before it: a caption prints its credit twice side by side, and a long line stays linear.
    if (!part || !this.isName(inner.trim()) || !earlier.slice(-2).some((credit) => this.parts(credit).includes(part))) return undefined;
    return { start: at, end: at + inner.length + 2, format: 'parenthetical', body: inner.trim() };
  }

  /** `Photo by James Martin/CNET`, `Credit Harry Campbell`, `Courtesy of the family`, `© Provided by …`. */
  private labelled(line: string, start: number, labelEnd: number, anyBody: boolean): Credit | undefined {
    const rest = line.slice(labelEnd, labelEnd + MAX_CREDIT_LENGTH);
    const lead = rest.length - rest.trimStart().length;
    const tail = rest.trim().replace(/[.,;]$/, '');
    const shortEnough = labelEnd + MAX_CREDIT_LENGTH >= line.length && tail.split(/\s+/).length <= 10;
    // “Courtesy of the family” may be in any words, but “courtesy to his hosts” is prose.
    const freeWords = anyBody && shortEnough && /^(?:the\s|[\p{Lu}\p{N}])/u.test(tail);
    const length = freeWords ? tail.length : this.nameLength(rest.slice(lead));
    if (length === 0) return undefined;
    return { start, end: labelEnd + lead + length, format: 'labelled', body: rest.slice(lead, lead + length) };
  }

  /**
   * `Photo: Jane Doe/Reuters` or `Map: …` ending a line, or running up to the same label again (a
   * credit pasted twice); `Photo: Kirby speaks.` is a caption's label instead.
   */
  private photoColon(line: string, start: number, labelEnd: number, format: CreditFormat = 'photo-colon'): Credit | undefined {
    if (line.length - labelEnd > MAX_CREDIT_LENGTH) return undefined;
    const label = line.slice(start, labelEnd);
    const again = line.toLowerCase().indexOf(label.toLowerCase(), labelEnd);
    // `Photo: Jane Doe/AP (Jane Doe/AP)`: a parenthesis after the name opens a credit of its own.
    const parenthesis = line.indexOf(' (', labelEnd);
    const until = Math.min(again === -1 ? line.length : again, parenthesis === -1 ? line.length : parenthesis);
    const rest = line.slice(labelEnd, until);
    const body = rest.trim().replace(/\.$/, '');
    // `Photo: mashable composite` is a credit too: a few words that make no sentence.
    const fewWords = body !== '' && body.split(/\s+/).length <= 4 && !/[.!?]$/.test(rest.trim());
    if (!this.isName(body) && !fewWords) return undefined;
    const lead = rest.length - rest.trimStart().length;
    return { start, end: labelEnd + lead + body.length, format, body };
  }

  /**
   * A bare `Name/Agency` or agency ending the line: `… Thursday.Anthony Wallace / AFP - Getty Images`;
   * two when a page's credit line follows the caption's own (`… Jane Doe/AP Jane Doe/AP`).
   */
  private trailing(line: string): Credit[] {
    const end = line.trimEnd().replace(/\.$/, '').length;
    const starts = [0];
    for (const match of execAll(SENTENCE_END, line)) if (end - match.index <= TRAILING_REACH) starts.push(match.index + 1);
    for (const from of starts) {
      if (end - from > TRAILING_REACH) continue;
      const lead = line.length - from - line.slice(from).trimStart().length;
      const body = line.slice(from + lead, end);
      const credited = !/[()]/.test(body) && this.isName(body) && (/[/|]/.test(body) ? this.hasAgency(body) || from > 0 : this.isAgencyOnly(body));
      if (credited) return doubled(body, from + lead);
    }
    return [];
  }

  private hasAgency(body: string): boolean {
    return body.split(PART_SEPARATOR).some((part) => this.agencies.has(normalizePart(part)));
  }

  private isAgencyOnly(body: string): boolean {
    const parts = body.split(PART_SEPARATOR).filter((part) => part.trim() !== '');
    return parts.length > 0 && parts.every((part) => this.agencies.has(normalizePart(part)));
  }

  /** Whether all of `body` reads as credited names: capitalised words joined by `/`, `via`, `for`, `of the`…. */
  private isName(body: string): boolean {
    return body !== '' && this.nameLength(body) === body.length;
  }

  /** Length of the name run opening `text`, ending at its last capitalised word; 0 when there is none. */
  private nameLength(text: string): number {
    let end = 0;
    let tokens = 0;
    for (const token of execAll(/\S+/g, text)) {
      if (++tokens > MAX_NAME_TOKENS) break;
      if (token.index !== 0 && tokens === 1) return 0;
      const word = token[0];
      const connector = CONNECTORS.has(word.toLowerCase());
      if (tokens === 1 && connector && word !== 'The') return 0;
      if (connector) continue;
      // A parenthesis after the name opens a credit of its own: `Photo by Jane Doe (Jane Doe/AP)`.
      if (tokens > 1 && word.startsWith('(')) break;
      if (!word.split('/').every((piece) => piece === '' || this.isNameWord(piece))) break;
      end = token.index + word.replace(/[,;]$/, '').length;
    }
    return end;
  }

  private isNameWord(word: string): boolean {
    const core = word.replace(/^[("“‘']+|[)"”’',;.]+$/g, '');
    if (core === '') return false;
    return /^[\p{Lu}\p{N}©]/u.test(core) || this.agencies.has(core.toLowerCase()) || CONNECTORS.has(core.toLowerCase());
  }
}

/** A bare credit at `start`, or its two copies when the same words are printed twice in a row. */
function doubled(body: string, start: number): Credit[] {
  for (const space of execAll(/\s+/g, body)) {
    const first = body.slice(0, space.index);
    const second = body.slice(space.index + space[0].length);
    if (first !== second) continue;
    const secondStart = start + space.index + space[0].length;
    return [
      { start, end: start + first.length, format: 'trailing', body: first },
      { start: secondStart, end: secondStart + second.length, format: 'trailing', body: second },
    ];
  }
  return [{ start, end: start + body.length, format: 'trailing', body }];
}

/** `AP Photo` and `AP` are the same credit; case, spacing and file markers do not matter. */
function normalizePart(part: string): string {
  return part
    .toLowerCase()
    .replace(/\b(?:photos?|file)\b/g, ' ')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}
