import type { Paragraph } from '../model/article';
import { SOURCE_CUES } from '../data/claims';
import { quotedSpans } from '../model/quoted';
import { hasLink, reporterVoice } from './voice';

const SOURCE_CUE = new RegExp(`\\b(?:${SOURCE_CUES.join('|')})\\b`, 'i');
/** A body named doing the counting: "the Pew Research Center found", "Police counted". */
const NAMED_COUNTER = /\b\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,5} (?:found|finds|estimated|estimates|calculated|counted|tallied)\b/u;
/** Markdown footnote references ([^1]) and superscript note numbers. */
const FOOTNOTE = /\[\^[^\]\s]+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]/;
const FOOTNOTE_AFTER = /^\s*(?:\[\^[^\]\s]+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰])/;

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

/**
 * Whether the sentence at `index` is attributed: a source cue in it, in the next sentence
 * (attribution often follows the claim: "… 4 million refugees. That is the U.N. count, officials
 * said.") or in an earlier sentence of the same paragraph that reports rather than quotes
 * (newsrooms attribute once per paragraph: "Sources tell TMZ the dress was taken. It's valued at
 * $150,000."), a link in it (the web's citation), or a footnote.
 */
export function isSourced(paragraph: Paragraph, index: number): boolean {
  const sentence = paragraph.sentences[index];
  const { namesSource, coveredByEarlier } = attributionOf(paragraph);
  if (namesSource[index] || namesSource[index + 1] || coveredByEarlier[index]) return true;
  if (hasLink(paragraph, sentence.start, sentence.end)) return true;
  if (FOOTNOTE.test(paragraph.text.slice(sentence.start, sentence.end))) return true;
  // The mark usually follows the sentence's period: "… region.[^1]".
  return FOOTNOTE_AFTER.test(paragraph.text.slice(sentence.end, sentence.end + 16));
}
