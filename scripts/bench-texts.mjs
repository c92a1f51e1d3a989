// The benchmark documents: the reference wire story (plain text) and the dev corpus (Markdown),
// each at 1×, 10× and 100× the reference article's length (~740 words).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SIZES = [1, 10, 100];
const SEED = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds', '000_d99372c84347be6b.txt');

const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

/**
 * Copy k of a document gets " (k)" after each block's last character, so the copies are distinct
 * texts: a linter that reuses work for identical paragraphs gets no unfair help from repetition.
 */
function tagCopy(blocks, copy) {
  if (copy === 0) return blocks;
  return blocks.map((block) => (/[\p{L}.!?”"]$/u.test(block) ? `${block} (${copy + 1})` : block));
}

function blocksOf(text) {
  return text.replace(/\r\n?/g, '\n').split(/\n{2,}/).map((block) => block.trimEnd()).filter(Boolean);
}

/** Blocks cycled from `source` until `words` words are reached, copies tagged. */
function grow(source, words) {
  const out = [];
  let total = 0;
  for (let copy = 0; total < words; copy++) {
    for (const block of tagCopy(source, copy)) {
      if (total >= words) break;
      out.push(block);
      total += countWords(block);
    }
  }
  return out.join('\n\n') + '\n';
}

export function loadTexts(corpusDir) {
  if (!existsSync(corpusDir)) {
    throw new Error(`corpus folder not found: ${corpusDir} (pass --corpus DIR; the dev corpus is /work/shared/corpus/dev)`);
  }
  const files = readdirSync(corpusDir).filter((name) => name.endsWith('.md')).sort();
  if (files.length === 0) throw new Error(`no .md articles in ${corpusDir}`);
  const seed = readFileSync(SEED, 'utf8');
  const unit = countWords(seed);
  const corpus = files.flatMap((name) => blocksOf(readFileSync(join(corpusDir, name), 'utf8')));
  const texts = [];
  for (const size of SIZES) {
    texts.push({ format: 'markdown', size, text: grow(corpus, unit * size) });
    texts.push({ format: 'plaintext', size, text: grow(blocksOf(seed), unit * size) });
  }
  return texts.map((t) => ({ ...t, words: countWords(t.text) }));
}
