import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentText } from './document-text';
import { splitBlocks } from './blocks';
import type { Language } from '../types';

function sources(text: DocumentText): string[] {
  return Array.from({ length: text.blockCount }, (_, i) => text.blockSource(i));
}

function freshSources(text: string, language: Language): string[] {
  return splitBlocks(text, language).map((block) => text.slice(block.start, block.end));
}

/** Applies the edit both ways and checks the held text against a fresh split. */
function edited(text: string, language: Language, start: number, end: number, insert: string): DocumentText {
  const held = DocumentText.of(text, language).edit(start, end, insert);
  const expected = text.slice(0, start) + insert + text.slice(end);
  assert.equal(held.toString(), expected);
  assert.deepEqual(sources(held), freshSources(expected, language));
  return held;
}

const BOOK = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} said “hello” 🙂.`).join('\n\n');

test('a keystroke inside a paragraph shares every other block with the text before', () => {
  const before = DocumentText.of(BOOK, 'markdown');
  const at = BOOK.indexOf('Paragraph 20') + 5;
  const after = edited(BOOK, 'markdown', at, at, 's');
  assert.equal(after.blockCount, 50);
  for (let i = 0; i < 50; i++) {
    if (i === 20) assert.equal(after.blockSource(i), 'Parags' + before.blockSource(i).slice(5));
    else assert.equal(after.blockSource(i), before.blockSource(i));
  }
  assert.equal(after.blockStart(21), before.blockStart(21) + 1);
});

test('a fence opened mid-document swallows the blank lines after it, and closing it splits them again', () => {
  const at = BOOK.indexOf('Paragraph 10');
  const opened = edited(BOOK, 'markdown', at, at, '```\n');
  assert.equal(opened.blockCount, 11);
  const closeAt = opened.toString().indexOf('Paragraph 30');
  const closed = opened.edit(closeAt, closeAt, '```\n\n');
  assert.deepEqual(sources(closed), freshSources(closed.toString(), 'markdown'));
});

test('front matter: closing an open one far below, and a rule mid-document that is not one', () => {
  const open = `---\ntitle: “A headline”\n\n${BOOK}`;
  const at = open.indexOf('Paragraph 40');
  edited(open, 'markdown', at, at, '---\n\n');
  const mid = BOOK.indexOf('Paragraph 25');
  edited(BOOK, 'markdown', mid, mid, '---\n');
});

test('an indented block joins the list item before it when the edit makes it indented', () => {
  const text = '- a list item\n\nafter the list\n\nlast';
  edited(text, 'markdown', text.indexOf('after'), text.indexOf('after'), '   ');
});

test('deleting a blank line joins two blocks; CRLF text keeps its breaks', () => {
  const text = 'One.\r\n\r\nTwo “quoted” 🙂.\r\n\r\nThree.';
  const joined = edited(text, 'plaintext', 4, 8, '\r\n');
  assert.equal(joined.blockCount, 2);
  assert.equal(joined.charAt(joined.length - 1), '.');
  assert.equal(joined.charCodeAt(4), 13);
});

test('emptying the text and typing into an empty one', () => {
  edited(BOOK, 'markdown', 0, BOOK.length, '');
  const typed = DocumentText.of('', 'plaintext').edit(0, 0, 'Hello');
  assert.deepEqual(sources(typed), ['Hello']);
});
