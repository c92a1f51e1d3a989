import { ArticleIndex } from '../article-index';
import type { Article, Paragraph } from '../model/article';
import { SOURCE_CUES } from '../data/claims';
import { VAGUE_ATTRIBUTIONS } from '../data/vague-attribution';
import { quotedSpans } from '../model/quoted';
import { hasLink, reporterVoice } from './voice';

const SOURCE_CUE = new RegExp(`\\b(?:${SOURCE_CUES.join('|')})\\b`, 'i');
/** A weasel looks like a source and names none: "Critics say", "Many believe". */
const WEASEL = new RegExp(VAGUE_ATTRIBUTIONS.join('|'), 'gi');
/**
 * The people a figure counts, saying something: "About 40% of residents say they…". A poll's
 * answers, sourced when the article names its poll or survey, else nobody's.
 */
const COUNTED_SAYING = /(?:\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)|\b(?:half|a third|one-third|two-thirds|a quarter|three-quarters|a majority|most)) of (?:[\w'’-]+ ){0,4}?(?:say|says|said|believe|think|report|reported|agree|agreed)\b/gi;
/** Where an article names the poll or survey its figures come from. */
const POLL = /\b(?:poll|polls|polling|survey|surveys|surveyed|questionnaire)\b/i;
/** A body named doing the counting: "the Pew Research Center found", "Police counted". */
const NAMED_COUNTER = /\b\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,5} (?:found|finds|estimated|estimates|calculated|counted|tallied)\b/u;
/** Markdown footnote references ([^1]) and superscript note numbers. */
const FOOTNOTE = /\[\^[^\]\s]+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]/;
const FOOTNOTE_AFTER = /^\s*(?:\[\^[^\]\s]+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰])/;
/**
 * A paragraph that opens by pointing back at the figures before it and naming where they come
 * from: "The figures, released Tuesday by the Labor Department, …", "That’s according to a
 * report by …". A lede states the number; the next paragraph says whose it is.
 */
const BACK_REFERENCE = /^[\s*_>]*(?:(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:figures|numbers|data|statistics|findings|estimates?|count|tally|totals?|results|report|study|survey|poll|analysis|rankings?|projections?|forecasts?)\b|(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:according\s+to|(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:finding|conclusion|estimate|count|tally|figure)s?\s+(?:of|from|by))\b)/i;
/** Where the figures pointed back at come from: a body named after "from" or "by", or whatever they "come from". */
const NAMED_ORIGIN = /\b(?:from|by|of)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Lu}|\b(?:come|comes|came)\s+from\b/u;

/** Blanks what looks like a source and is none, keeping offsets. */
const blank = (words: string) => ' '.repeat(words.length);

interface Attribution {
  /** Per sentence: the reporter's words in it name a source ("said", "according to", "the study found"). */
  namesSource: boolean[];
  /** Per sentence: an earlier sentence of the paragraph attributes information (not a quotation). */
  coveredByEarlier: boolean[];
}

/** Per paragraph, its attribution in an article that names no poll, and in one that does. */
const attributions = new WeakMap<Paragraph, Array<Attribution | undefined>>();

/** One pass over the paragraph's sentences, so checking every sentence stays linear. */
function attributionOf(paragraph: Paragraph, pollNamed: boolean): Attribution {
  let kept = attributions.get(paragraph);
  if (!kept) attributions.set(paragraph, (kept = []));
  let attribution = kept[Number(pollNamed)];
  if (attribution) return attribution;
  const voice = reporterVoice(paragraph);
  const spans = quotedSpans(paragraph);
  const namesSource: boolean[] = [];
  const coveredByEarlier: boolean[] = [];
  let covered = false;
  for (const sentence of paragraph.sentences) {
    let text = voice.slice(sentence.start, sentence.end).replace(WEASEL, blank);
    if (!pollNamed) text = text.replace(COUNTED_SAYING, blank);
    const names = SOURCE_CUE.test(text) || NAMED_COUNTER.test(text);
    namesSource.push(names);
    coveredByEarlier.push(covered);
    // An earlier "said" covers later sentences only when it attributes information, not a
    // quotation: in "“We're ready,” Kirby said. It was the deadliest storm." the claim is the reporter's.
    const quotes = spans.some((span) => span.start < sentence.end && sentence.start < span.end);
    if (names && !quotes) covered = true;
  }
  attribution = { namesSource, coveredByEarlier };
  kept[Number(pollNamed)] = attribution;
  return attribution;
}

/** Whether the paragraph opens by naming the source of the figures before it (see BACK_REFERENCE). */
function opensWithBackReference(paragraph: Paragraph): boolean {
  const first = paragraph.sentences[0];
  if (!first || paragraph.kind !== 'paragraph') return false;
  const text = paragraph.prose.slice(first.start, first.end);
  return BACK_REFERENCE.test(text) && (SOURCE_CUE.test(text) || NAMED_COUNTER.test(text) || NAMED_ORIGIN.test(text));
}

/**
 * A line introducing a list with its source: "Among the report’s findings:", "The survey found:",
 * "According to the data:". Each item of the list is then that source's.
 */
const LIST_LEAD_IN = /\b(?:report|study|survey|poll|analysis|audit|review|data|findings|figures|census|assessment|according to|found|shows?|showed)\b[^.!?]{0,80}:\s*$/i;

/** What the article says of its sources beyond each paragraph. */
interface ArticleSourcing {
  /** The last sentences (their text) of the paragraphs whose figures the next paragraph sources. */
  lastSentences: Set<string>;
  /** The list items (their text) under a line that names their source. */
  listedItems: Set<string>;
  /** Whether a paragraph names a poll or a survey: then the figures of those it counted saying something are its. */
  pollNamed: boolean;
  key: string;
}

interface ParagraphSourcing {
  /** The paragraph's last sentence, when the next paragraph sources it; else ''. */
  sourcedByNext: string;
  namesPoll: boolean;
  /** A list item's text, else ''; or, for a lead-in that names the list's source, LEAD_IN. */
  listed: string;
}

const LEAD_IN = '\u0000lead-in';
const SOURCE_LINE = '\u0000source-line';
/** A line under a list or a box saying where its figures come from: "Source: Sacramento Area Council of Governments". */
const SOURCE_CREDIT = /^[\s*_]*(?:sources?|data)\s*:/i;

function listedOf(paragraph: Paragraph): string {
  if (paragraph.kind === 'list-item') return paragraph.prose;
  if (paragraph.kind !== 'paragraph') return '';
  return SOURCE_CREDIT.test(paragraph.prose) ? SOURCE_LINE : LIST_LEAD_IN.test(paragraph.prose) ? LEAD_IN : '';
}

function lastSentenceText(paragraph: Paragraph): string {
  const last = paragraph.sentences[paragraph.sentences.length - 1];
  return last ? paragraph.prose.slice(last.start, last.end) : '';
}

const sourcingIndex = new ArticleIndex<ParagraphSourcing, ArticleSourcing>({
  reach: { before: 0, after: 1 },
  summarize(article, index) {
    const paragraph = article.paragraphs[index];
    const next = article.paragraphs[index + 1];
    return { sourcedByNext: next && opensWithBackReference(next) ? lastSentenceText(paragraph) : '', namesPoll: POLL.test(paragraph.prose), listed: listedOf(paragraph) };
  },
  same: (a, b) => a.sourcedByNext === b.sourcedByNext && a.namesPoll === b.namesPoll && a.listed === b.listed,
  build(summaries) {
    const lastSentences = new Set(summaries.flatMap((summary) => (summary.sourcedByNext === '' ? [] : [summary.sourcedByNext])));
    const pollNamed = summaries.some((summary) => summary.namesPoll);
    const listedItems = new Set<string>();
    // A list's source stands on the line before it ("Among the report’s findings:") or after it ("Source: …").
    let underLeadIn = false;
    for (const { listed } of summaries) {
      if (listed === LEAD_IN) underLeadIn = true;
      else if (listed === '' || listed === SOURCE_LINE) underLeadIn = false;
      else if (underLeadIn) listedItems.add(listed);
    }
    let overSource = false;
    for (let i = summaries.length - 1; i >= 0; i--) {
      const { listed } = summaries[i];
      if (listed === SOURCE_LINE) overSource = true;
      else if (listed === '' || listed === LEAD_IN) overSource = false;
      else if (overSource) listedItems.add(listed);
    }
    const key = [pollNamed ? 'poll' : '', [...lastSentences].sort().join('\u0000'), [...listedItems].sort().join('\u0000')].join('\u0001');
    return { lastSentences, listedItems, pollNamed, key };
  },
});

/**
 * What the sourcing of a paragraph's sentences depends on beyond its own text, for the context
 * key of the rules that ask `isSourced`: which paragraphs the next one sources, and whether the
 * article names a poll.
 */
export function sourcingKey(article: Article): string {
  return sourcingIndex.of(article).index.key;
}

/** What of the article's sourcing a paragraph's sentences read (see isSourced): it changes far less often than the key. */
export function sourcingOf(paragraph: Paragraph, article: Article): string {
  const sourcing = sourcingIndex.of(article).index;
  return SOURCING_PARTS[(sourcing.pollNamed ? 4 : 0) + (sourcedByNext(paragraph, sourcing) ? 2 : 0) + (listedUnderSource(paragraph, sourcing) ? 1 : 0)];
}

/** The parts `sourcingOf` answers, made once: it runs for every paragraph when the sourcing key changes. */
const SOURCING_PARTS = Array.from({ length: 8 }, (_, bits) => ['poll', 'next', 'listed'].filter((_, i) => bits & (4 >> i)).join('+'));

/** The paragraph's last sentence is sourced by the next paragraph. */
function sourcedByNext(paragraph: Paragraph, sourcing: ArticleSourcing): boolean {
  return sourcing.lastSentences.size > 0 && sourcing.lastSentences.has(lastSentenceText(paragraph));
}

/** The paragraph is a list item under (or over) a line naming the list's source. */
function listedUnderSource(paragraph: Paragraph, sourcing: ArticleSourcing): boolean {
  return paragraph.kind === 'list-item' && sourcing.listedItems.has(paragraph.prose);
}

/**
 * Whether the sentence at `index` is attributed: a source cue in it, in the next sentence
 * (attribution often follows the claim: "… 4 million refugees. That is the U.N. count, officials
 * said."), in the next paragraph when the sentence ends its paragraph and the next one opens by
 * sourcing it ("The figures, released Tuesday by the Labor Department, …"), or in an earlier
 * sentence of the same paragraph that reports rather than quotes (newsrooms attribute once per
 * paragraph: "Sources tell TMZ the dress was taken. It's valued at $150,000."), a line introducing
 * its list item with the source ("Among the report’s findings:") or a line after the list that
 * credits it ("Source: …"), a link in it (the
 * web's citation), or a footnote. A weasel ("Critics say") is no source, nor are the people a
 * figure counts ("40% of residents say") unless the article names its poll.
 */
export function isSourced(paragraph: Paragraph, index: number, article: Article): boolean {
  const sentence = paragraph.sentences[index];
  const sourcing = sourcingIndex.of(article).index;
  const { namesSource, coveredByEarlier } = attributionOf(paragraph, sourcing.pollNamed);
  if (namesSource[index] || namesSource[index + 1] || coveredByEarlier[index]) return true;
  if (index === paragraph.sentences.length - 1 && sourcedByNext(paragraph, sourcing)) return true;
  if (listedUnderSource(paragraph, sourcing)) return true;
  if (hasLink(paragraph, sentence.start, sentence.end)) return true;
  if (FOOTNOTE.test(paragraph.text.slice(sentence.start, sentence.end))) return true;
  // The mark usually follows the sentence's period: "… region.[^1]".
  return FOOTNOTE_AFTER.test(paragraph.text.slice(sentence.end, sentence.end + 16));
}
