import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { simpleParagraph } from './simple-paragraph';
import { parseWithMicromark } from './markdown';
import { ROOT } from '../../../../test/support/lsp';

const safe = ['word', 'Kyiv', '2016', '1.5', '“', '”', '"', "'", '’', '(', ')', ' ', ' ', '\n', '\r\n', '-', '—', ':', '/', '=', '%', '$', 'é', '.', ',', '?', '1.', '2)', '---', '===', '=', '!', '& ', '¶', '©', '🙂', '{x}', '^', '\t', '\u00a0', '\u0000', '+'];
const markdown = ['www.', 'http://x', 'a@b.co', '*', '_', '#', '>', '<', '&amp;', '`', '[', ']', '!', '|', '~', '\\', '   ', '\t', '- ', '+ ', '&x;', '&#1;', '![a](b)', '\t\n'];
// Inline links, emphasis and block-quote marks, well formed and not quite.
const inline = ['[said](https://x.org/a_b*c)', '[two words](/path?q=1)', '[x](y)', '[a b', '](z)', '[a] (b)', '[a][b]', '[^1](n)', '[](e)', '[a](<b>)', '[a](b c)', '[a](b(c))', '[a](b&amp;c)',
  '*', '**', '_', '__', '*New York*', '**Bold.**', '_aside_', '*a.*', 'snake_case', '*[x](y)*', '[*x*](y)', '*a [b* c](d)', '> ', '\n> ', '\n>', '\n> > ', '\n>  ',
  '![A photo.](a.jpg)', '![](b.png)', '![a*b](c)', '![a\\]b](c)', '\\[', '\\]', '\\*', '\\#', '\\!', '\\a', '\\', '\\\n', '[a\\]b](c)', '[a](b\\_c)', '#', ' #', '\n# ', '\n## '];
const parts = fc.tuple(
  fc.constantFrom('Word ', '> ', '> [x](y) ', '[x](y) ', '*Em* ', '# ', '### ', '####### ', '#Tag ', '![x](y) ', '\\[x] ', ''),
  fc.oneof(fc.array(fc.constantFrom(...safe, ...inline), { minLength: 1, maxLength: 30 }), fc.array(fc.constantFrom(...safe, ...inline, ...markdown), { minLength: 1, maxLength: 30 })),
);

test('blocks taken as simple paragraphs are exactly what micromark makes of them', () => {
  let taken = 0;
  let withMarkup = 0;
  let quoted = 0;
  let headings = 0;
  let images = 0;
  let escapes = 0;
  fc.assert(
    fc.property(parts, ([opening, parts]) => {
      const source = (opening + parts.join('')).replace(/^[\r\n]+|[\r\n]+$/g, '');
      if (source.trim() === '' || /(\r?\n){2}/.test(source)) return;
      const simple = simpleParagraph(source);
      if (!simple) return;
      taken++;
      if (simple[0].prose !== simple[0].text) withMarkup++;
      if (simple[0].kind === 'blockquote') quoted++;
      if (simple[0].kind === 'heading') headings++;
      if (simple[0].images.length > 0) images++;
      if (source.includes('\\')) escapes++;
      assert.deepEqual(simple, parseWithMicromark(source), JSON.stringify(source));
    }),
    { seed: 7, numRuns: 6000 },
  );
  assert.ok(taken > 300 && withMarkup > 200 && Math.min(quoted, headings, images, escapes) > 30, `${taken} generated blocks took the fast path: ${withMarkup} with markup, ${quoted} quoted, ${headings} headings, ${images} with images, ${escapes} with escapes`);
});

test('most blocks of real published copy take the fast path, as micromark parses them', () => {
  const dir = join(ROOT, 'seeds');
  const blocks = readdirSync(dir).flatMap((name) => readFileSync(join(dir, name), 'utf8').split(/\r?\n\s*\r?\n/)).map((b) => b.trim()).filter(Boolean);
  const simple = blocks.filter((block) => simpleParagraph(block));
  for (const block of simple) assert.deepEqual(simpleParagraph(block), parseWithMicromark(block), block);
  assert.ok(simple.length > blocks.length / 2, `${simple.length} of ${blocks.length}`);
});

test('links, emphasis, escapes, images, headings and a quoted paragraph are read without micromark', () => {
  const source = 'Emery shared an article by *New York* magazine, [the report](https://nymag.com/a_b) said.';
  const [draft] = simpleParagraph(source) ?? [];
  assert.equal(draft.prose, `Emery shared an article by  New York  magazine,  the report${' '.repeat(25)}said.`);
  assert.deepEqual(draft.links, [{ start: 48, end: 83, url: 'https://nymag.com/a_b' }]);
  const [quote] = simpleParagraph('> “We’re ready,” she said.\n> The vote is **5-4.**') ?? [];
  assert.deepEqual({ ...quote, prose: undefined }, { offset: 2, kind: 'blockquote', text: '“We’re ready,” she said.\n> The vote is **5-4.**', prose: undefined, images: [], links: [] });
  assert.equal(quote.prose, '“We’re ready,” she said.\n> The vote is   5-4.  ');
  assert.deepEqual(simpleParagraph('## If this \\[deal\\] happens'), [
    { offset: 0, kind: 'heading', depth: 2, text: '## If this \\[deal\\] happens', prose: '   If this \\[deal\\] happens', images: [], links: [] },
  ]);
  assert.deepEqual(simpleParagraph('![Fans cheer. (AP Photo)](a.jpg)'), [
    { offset: 0, kind: 'paragraph', text: '![Fans cheer. (AP Photo)](a.jpg)', prose: ' '.repeat(32), images: [{ start: 0, end: 32, alt: 'Fans cheer. (AP Photo)', src: 'a.jpg', title: null }], links: [] },
  ]);
});

test('other Markdown, autolinks and list markers go to micromark', () => {
  const refused = ['Visit www.example.com today.', '1. First point', 'She said so.  \nThen left.', '# Head #', 'A &amp; B', 'Mail a@b.co', 'Title\n===', '![*photo*](a.jpg)', 'See [this] (page).', 'A break\\\nhere.',
    '[Ref][1] says.', 'A [note](x&amp;y).', 'a*b*c', '*a [b* c](d)', '> quoted\nlazy line', '>> nested', '> word\n> [a link](x) opens the line', 'It ***is*** so.', 'A `code` span.', '[a](<b>)'];
  for (const source of refused) assert.equal(simpleParagraph(source), undefined, source);
});

test('a `>` inside a line is a character like any other; at a line’s start it opens a block quote', () => {
  for (const source of ['s> If this \\[deal\\] happens, “we win.”', 'Profit -> up 5%, and 7 > 5.']) {
    assert.ok(simpleParagraph(source), source);
    assert.deepEqual(simpleParagraph(source), parseWithMicromark(source), source);
  }
  assert.equal(simpleParagraph('Up 5%.\n> Down 2%.'), undefined);
});
