import type { Paragraph, Sentence } from '../model/article';
import { SOURCE_CUES } from '../data/claims';
import { quotedSpans } from '../model/quoted';
import { hasLink, reporterVoice } from './voice';

const SOURCE_CUE = new RegExp(`\\b(?:${SOURCE_CUES.join('|')})\\b`, 'i');
/** Markdown footnote references ([^1]) and superscript note numbers. */
const FOOTNOTE = /\[\^[^\]\s]+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]/;
const FOOTNOTE_AFTER = /^\s*(?:\[\^[^\]\s]+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰])/;

/** Whether the reporter's words in the sentence name a source ("said", "according to", "the study found"). */
function namesSource(paragraph: Paragraph, sentence: Sentence): boolean {
  return SOURCE_CUE.test(reporterVoice(paragraph).slice(sentence.start, sentence.end));
}

/**
 * Whether the sentence at `index` is attributed: a source cue in it, in the next sentence
 * (attribution often follows the claim: "… 4 million refugees. That is the U.N. count, officials
 * said.") or in an earlier sentence of the same paragraph (newsrooms attribute once per paragraph:
 * "Sources tell TMZ the dress was taken. It's valued at $150,000."), a link in it (the web's
 * citation), or a footnote.
 */
export function isSourced(paragraph: Paragraph, index: number): boolean {
  const sentence = paragraph.sentences[index];
  if (hasLink(paragraph, sentence.start, sentence.end)) return true;
  if (FOOTNOTE.test(paragraph.text.slice(sentence.start, sentence.end))) return true;
  // The mark usually follows the sentence's period: "… region.[^1]".
  if (FOOTNOTE_AFTER.test(paragraph.text.slice(sentence.end, sentence.end + 16))) return true;
  const next = paragraph.sentences[index + 1];
  if (namesSource(paragraph, sentence) || (next !== undefined && namesSource(paragraph, next))) return true;
  // An earlier sentence's "said" covers later ones only when it attributes information, not a
  // quotation: in "“We're ready,” Kirby said. It was the deadliest storm." the claim is the reporter's.
  return paragraph.sentences.slice(0, index).some((earlier) => !quotesSomeone(paragraph, earlier) && namesSource(paragraph, earlier));
}

function quotesSomeone(paragraph: Paragraph, sentence: Sentence): boolean {
  return quotedSpans(paragraph).some((span) => span.start < sentence.end && sentence.start < span.end);
}
