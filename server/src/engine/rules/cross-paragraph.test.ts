import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter, lint } from '../linter';
import type { Language } from '../types';

/**
 * Lints `drafts` in turn with one kept Linter, as an editor does after each edit, checks that
 * each result equals a fresh lint, and returns what `rule` flagged in each draft. The fresh lints
 * come after: rule indexes remember the last article linted, which a fresh lint in between would replace.
 */
function flaggedAfterEdits(rule: string, drafts: string[], language: Language = 'plaintext'): string[][] {
  const linter = new Linter();
  const kept = drafts.map((text) => linter.lint(text, language).findings);
  drafts.forEach((text, i) => assert.deepEqual(kept[i], lint(text, language).findings, `draft ${i}`));
  return kept.map((findings, i) => findings.filter((finding) => finding.rule === rule).map((finding) => drafts[i].slice(finding.start, finding.end)));
}

test('name-spelling: a full name typed early makes a later near spelling a suspect, and deleting it clears it', () => {
  const later = '\n\nSmith said it worked. Smith said so.\n\nSmyth said it would expand.';
  const drafts = [`The lab opened.${later}`, `John Smith ran the lab.${later}`, `John Smith ran the lab.${later} Smyth said more.`, `The lab opened.${later}`];
  assert.deepEqual(flaggedAfterEdits('name-spelling', drafts), [[], ['Smyth'], ['Smyth', 'Smyth'], []]);
});

test('name-spelling: when the counts turn, the other spelling becomes the suspect', () => {
  const drafts = ['John Smith ran the lab.\n\nSmyth said so.', 'John Smith ran the lab.\n\nSmyth said so. Smyth said more.'];
  assert.deepEqual(flaggedAfterEdits('name-spelling', drafts), [['Smyth'], ['Smith']]);
});

test('name-second-reference: deleting or moving the first full reference changes findings elsewhere', () => {
  const drafts = [
    'Spokesman John Kirby spoke Tuesday.\n\nKirby said the talks would go on.\n\nLater, John Kirby left.',
    'The spokesman spoke Tuesday.\n\nKirby said the talks would go on.\n\nLater, John Kirby left.',
    'The spokesman spoke Tuesday.\n\nKirby said the talks would go on.\n\nLater, John Kirby left.\n\nJohn Kirby returned.',
    'Spokesman John Kirby spoke Tuesday.\n\nKirby said the talks would go on.\n\nLater, John Kirby left.\n\nJohn Kirby returned.',
  ];
  assert.deepEqual(flaggedAfterEdits('name-second-reference', drafts), [['John Kirby'], ['Kirby'], ['Kirby', 'John Kirby'], ['John Kirby', 'John Kirby']]);
});

test('name-second-reference: a paragraph after a new picture becomes its caption and may name people in full', () => {
  const body = 'Spokesman John Kirby spoke Tuesday.\n\nJohn Kirby at a briefing.';
  const drafts = [body, body.replace('\n\n', '\n\n![Kirby](kirby.jpg)\n\n'), body];
  assert.deepEqual(flaggedAfterEdits('name-second-reference', drafts, 'markdown'), [['John Kirby'], [], ['John Kirby']]);
});

test('ap-courtesy-titles: a second title for one surname makes a couple, elsewhere too', () => {
  const drafts = ['Mr. Smith said it worked.\n\nLater, Ms. Jones left.', 'Mr. Smith said it worked.\n\nLater, Mrs. Smith left.', 'Mr. Smith said it worked.\n\nLater, Mrs. Smithe left.'];
  assert.deepEqual(flaggedAfterEdits('ap-courtesy-titles', drafts), [['Mr. ', 'Ms. '], [], ['Mr. ', 'Mrs. ']]);
});

test('photo-credit-missing: a caption paragraph follows its picture through edits before and between them', () => {
  const drafts = [
    'Intro.\n\n![Kirby](kirby.jpg)\n\nKirby at a briefing.',
    'Intro, longer.\n\n![Kirby](kirby.jpg)\n\nKirby at a briefing.',
    'Intro, longer.\n\n![Kirby](kirby.jpg)\n\n\n\nKirby at a briefing.',
    'Intro, longer.\n\n![Kirby](kirby.jpg)\n\nKirby at a briefing. (Jane Doe/AP)',
    'Intro, longer.\n\n![Kirby](kirby.jpg)\n\nA long paragraph that is no caption at all, since it goes on and on, well past the twenty-five words a caption may have, and then on a little more.',
  ];
  assert.deepEqual(flaggedAfterEdits('photo-credit-missing', drafts, 'markdown'), [
    ['Kirby at a briefing.'],
    ['Kirby at a briefing.'],
    ['Kirby at a briefing.'],
    [],
    ['![Kirby](kirby.jpg)'],
  ]);
});

test('photo-credit-missing: a kept picture’s fix follows the document’s line breaks', () => {
  // The picture stays put while a CRLF appears before it: its fix must now insert CRLFs.
  const drafts = ['Intro.x\n\n![Kirby](kirby.jpg)', 'Intro.\r\n\n![Kirby](kirby.jpg)'];
  assert.deepEqual(flaggedAfterEdits('photo-credit-missing', drafts, 'markdown'), [['![Kirby](kirby.jpg)'], ['![Kirby](kirby.jpg)']]);
  const [finding] = lint(drafts[1], 'markdown').findings.filter((f) => f.rule === 'photo-credit-missing');
  assert.match(finding.fixes[0].edits[0].newText, /^\r\n\r\n/);
});

test('leftover-boilerplate: leftovers typed, moved and deleted', () => {
  const drafts = ['Intro.\n\nAdvertisement\n\nBody.', 'Intro, longer.\n\nAdvertisement\n\nBody.', 'Intro, longer.\n\nAdvertising works.\n\nBody.', 'Intro.\n\nBody.\n\nAdvertisement'];
  assert.deepEqual(flaggedAfterEdits('leftover-boilerplate', drafts), [['Advertisement'], ['Advertisement'], [], ['Advertisement']]);
});

test('two documents linted in turn do not mix their names or figures', () => {
  const a = ['John Smith ran the lab.\n\nSmyth said so.\n\n![Lab](lab.jpg)\n\nThe lab.', 'John Smith ran the lab.\n\nSmyth said so, twice.\n\n![Lab](lab.jpg)\n\nThe lab.'];
  const b = ['Mr. Kirby said it.\n\nJohn Kirby left.\n\nJohn Kirby returned.', 'Mr. Kirby said it.\n\nJohn Kirby left.\n\nJohn Kirby returned later.'];
  const [first, second] = [new Linter(), new Linter()];
  const kept = a.flatMap((text, i) => [first.lint(text, 'markdown').findings, second.lint(b[i], 'markdown').findings]);
  a.forEach((text, i) => {
    assert.deepEqual(kept[2 * i], lint(text, 'markdown').findings);
    assert.deepEqual(kept[2 * i + 1], lint(b[i], 'markdown').findings);
  });
});
