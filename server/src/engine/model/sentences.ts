import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { toString } from 'nlcst-to-string';
import type { Root, Sentence as NlcstSentence, Word as NlcstWord } from 'nlcst';
import type { Sentence, Word } from './article';

const english = unified().use(retextEnglish).freeze();

/** Parses one paragraph's prose with retext-english (per paragraph: whole documents parse super-linearly). */
export function parseProse(prose: string): Root {
  return english.parse(prose) as Root;
}

/** Sentences and their words, with offsets relative to the paragraph. */
export function sentencesOf(tree: Root): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of paragraph.children) {
      if (node.type !== 'SentenceNode') continue;
      sentences.push({ start: offsetOf(node, 'start'), end: offsetOf(node, 'end'), words: wordsOf(node) });
    }
  }
  return sentences;
}

function wordsOf(sentence: NlcstSentence): Word[] {
  const words: Word[] = [];
  for (const node of sentence.children) {
    if (node.type === 'WordNode') words.push(toWord(node));
  }
  return words;
}

function toWord(node: NlcstWord): Word {
  return { start: offsetOf(node, 'start'), end: offsetOf(node, 'end'), text: toString(node) };
}

function offsetOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, edge: 'start' | 'end'): number {
  return node.position?.[edge].offset ?? 0;
}
