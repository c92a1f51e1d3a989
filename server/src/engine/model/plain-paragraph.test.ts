import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { plainParagraph } from './plain-paragraph';
import { ROOT } from '../../../../test/support/lsp';

// The engine's own pipeline, GFM autolinks and tables included.
const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** What micromark makes of the block: one paragraph spanning it, holding one text node spanning it. */
function isOneWholeParagraph(source: string): boolean {
  const tree = remark.parse(source) as Root;
  const [paragraph] = tree.children;
  if (tree.children.length !== 1 || paragraph.type !== 'paragraph') return false;
  const [text] = paragraph.children;
  const whole = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) => node.position?.start.offset === 0 && node.position?.end.offset === source.length;
  return paragraph.children.length === 1 && text.type === 'text' && whole(paragraph) && whole(text);
}

test('blocks taken as plain paragraphs are exactly what micromark makes of them', () => {
  const safe = ['word', 'Kyiv', '2016', '1.5', '“', '”', '"', "'", '’', '(', ')', ' ', ' ', '\n', '\r\n', '-', '—', ':', '/', '=', '%', '$', 'é', '.', ',', '?', '1.', '2)', '---', '===', '=', '!', '& ', '¶', '©', '🙂', '{x}', '^', '\t', '\u00a0', '\u0000', '+'];
  const markdown = ['www.', 'http://x', 'a@b.co', '*', '_', '#', '>', '<', '&amp;', '`', '[', ']', '!', '|', '~', '\\', '   ', '\t', '- ', '+ ', '&x;', '&#1;', '![a](b)', '\t\n'];
  const parts = fc.oneof(fc.array(fc.constantFrom(...safe), { minLength: 1, maxLength: 30 }), fc.array(fc.constantFrom(...safe, ...markdown), { minLength: 1, maxLength: 30 }));
  let taken = 0;
  fc.assert(
    fc.property(parts, (parts) => {
      const source = parts.join('').replace(/^[\r\n]+|[\r\n]+$/g, '');
      if (source.trim() === '' || /(\r?\n){2}/.test(source)) return;
      if (!plainParagraph(source)) return;
      taken++;
      assert.ok(isOneWholeParagraph(source), JSON.stringify(source));
    }),
    { seed: 7, numRuns: 2000 },
  );
  assert.ok(taken > 100, `only ${taken} generated blocks took the fast path`);
});

test('most blocks of real published copy take the fast path', () => {
  const dir = join(ROOT, 'seeds');
  const blocks = readdirSync(dir).flatMap((name) => readFileSync(join(dir, name), 'utf8').split(/\r?\n\s*\r?\n/)).map((b) => b.trim()).filter(Boolean);
  const plain = blocks.filter((block) => plainParagraph(block));
  for (const block of plain) assert.ok(isOneWholeParagraph(block), block);
  assert.ok(plain.length > blocks.length / 2, `${plain.length} of ${blocks.length}`);
});

test('Markdown syntax, autolinks and list markers go to the full parser', () => {
  for (const source of ['**Bold** claim.', 'Visit www.example.com today.', '1. First point', 'She said so.  \nThen left.', '# Head', 'A &amp; B', 'Mail a@b.co', 'Title\n===']) {
    assert.equal(plainParagraph(source), undefined, source);
  }
  assert.deepEqual(plainParagraph('“We’re ready,” she said.\nThe vote is 5-4.'), [
    { offset: 0, kind: 'paragraph', text: '“We’re ready,” she said.\nThe vote is 5-4.', prose: '“We’re ready,” she said.\nThe vote is 5-4.', images: [], links: [] },
  ]);
});
