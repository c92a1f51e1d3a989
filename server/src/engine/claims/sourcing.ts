import { ArticleIndex } from '../article-index';
import type { Article, Paragraph } from '../model/article';
import { SOURCE_CUES } from '../data/claims';
import { quotedSpans } from '../model/quoted';
import { hasLink, reporterVoice } from './voice';

const SOURCE_CUE = new RegExp(`\\b(?:${SOURCE_CUES.join('|')})\\b`, 'i');
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

interface Attribution {
  /** Per sentence: the reporter's words in it name a source ("said", "according to", "the study found"). */
  namesSource: boolean[];
  /** Per sentence: an earlier sentence of the paragraph attributes information (not a quotation). */
  coveredByEarlier: boolean[];
}

const attributions = new WeakMap<Paragraph, Attribution>();

/** One pass over the paragraph's sentences, so checking every sentence stays linear. */
function attributionOf(paragraph: Paragraph): Attribution {
  let attribution = attributions.get(paragraph);
  if (attribution) return attribution;
  const voice = reporterVoice(paragraph);
  const spans = quotedSpans(paragraph);
  const namesSource: boolean[] = [];
  const coveredByEarlier: boolean[] = [];
  let covered = false;
  for (const sentence of paragraph.sentences) {
    const text = voice.slice(sentence.start, sentence.end);
    const names = SOURCE_CUE.test(text) || NAMED_COUNTER.test(text);
    namesSource.push(names);
    coveredByEarlier.push(covered);
    // An earlier "said" covers later sentences only when it attributes information, not a
    // quotation: in "“We're ready,” Kirby said. It was the deadliest storm." the claim is the reporter's.
    const quotes = spans.some((span) => span.start < sentence.end && sentence.start < span.end);
    if (names && !quotes) covered = true;
  }
  attribution = { namesSource, coveredByEarlier };
  attributions.set(paragraph, attribution);
  return attribution;
}

/** Whether the paragraph opens by naming the source of the figures before it (see BACK_REFERENCE). */
function opensWithBackReference(paragraph: Paragraph): boolean {
  const first = paragraph.sentences[0];
  if (!first || paragraph.kind !== 'paragraph') return false;
  const text = paragraph.prose.slice(first.start, first.end);
  return BACK_REFERENCE.test(text) && (SOURCE_CUE.test(text) || NAMED_COUNTER.test(text) || NAMED_ORIGIN.test(text));
}

/** The last sentences (their text) of the paragraphs whose figures the next paragraph sources. */
interface SourcedByNext {
  lastSentences: Set<string>;
  key: string;
}

function lastSentenceText(paragraph: Paragraph): string {
  const last = paragraph.sentences[paragraph.sentences.length - 1];
  return last ? paragraph.prose.slice(last.start, last.end) : '';
}

const sourcedByNextIndex = new ArticleIndex<string, SourcedByNext>({
  reach: { before: 0, after: 1 },
  summarize(article, index) {
    const next = article.paragraphs[index + 1];
    return next && opensWithBackReference(next) ? lastSentenceText(article.paragraphs[index]) : '';
  },
  same: (a, b) => a === b,
  build(summaries) {
    const lastSentences = new Set(summaries.filter((summary) => summary !== ''));
    return { lastSentences, key: [...lastSentences].sort().join('\u0000') };
  },
});

/**
 * What the sourcing of a paragraph's sentences depends on beyond its own text, for the context
 * key of the rules that ask `isSourced`: which paragraphs the next one sources.
 */
export function sourcingKey(article: Article): string {
  return sourcedByNextIndex.of(article).index.key;
}

/**
 * Whether the sentence at `index` is attributed: a source cue in it, in the next sentence
 * (attribution often follows the claim: "… 4 million refugees. That is the U.N. count, officials
 * said."), in the next paragraph when the sentence ends its paragraph and the next one opens by
 * sourcing it ("The figures, released Tuesday by the Labor Department, …"), or in an earlier
 * sentence of the same paragraph that reports rather than quotes (newsrooms attribute once per
 * paragraph: "Sources tell TMZ the dress was taken. It's valued at $150,000."), a link in it (the
 * web's citation), or a footnote.
 */
export function isSourced(paragraph: Paragraph, index: number, article?: Article): boolean {
  const sentence = paragraph.sentences[index];
  const { namesSource, coveredByEarlier } = attributionOf(paragraph);
  if (namesSource[index] || namesSource[index + 1] || coveredByEarlier[index]) return true;
  if (article && index === paragraph.sentences.length - 1 && sourcedByNextIndex.of(article).index.lastSentences.has(lastSentenceText(paragraph))) return true;
  if (hasLink(paragraph, sentence.start, sentence.end)) return true;
  if (FOOTNOTE.test(paragraph.text.slice(sentence.start, sentence.end))) return true;
  // The mark usually follows the sentence's period: "… region.[^1]".
  return FOOTNOTE_AFTER.test(paragraph.text.slice(sentence.end, sentence.end + 16));
}
