import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter, lint } from '../linter';
import type { Language } from '../types';
import { figuresOf } from './figures';

/** Each figure as the text of its picture (or alt line), caption and credits. */
function figures(text: string, language: Language) {
  return figuresOf(lint(text, language).article, []).map((figure) => ({
    picture: figure.picture ? text.slice(figure.picture.start, figure.picture.end) : figure.altLine && text.slice(figure.altLine.start, figure.altLine.end),
    caption: figure.caption && text.slice(figure.caption.start, figure.caption.end),
    credits: figure.credits.map((credit) => text.slice(credit.start, credit.end)),
  }));
}

test('plain text: the alt-text line and the caption line ending in a credit', () => {
  const text = 'Kirby said.\n\nJohn Kirby in front of a Pentagon seal.\nJohn Kirby at a briefing on Tuesday. (Alex Wong/Getty Images)';
  assert.deepEqual(figures(text, 'plaintext'), [
    { picture: 'John Kirby in front of a Pentagon seal.', caption: 'John Kirby at a briefing on Tuesday. (Alex Wong/Getty Images)', credits: ['(Alex Wong/Getty Images)'] },
  ]);
});

test('Markdown: a caption on the next line, in the next paragraph, or none', () => {
  const text = [
    '![A bulb](bulb.jpg)  \n*A study of the “a-ha!” moment.*',
    '![Kirby](kirby.jpg)',
    'Caption: Kirby at a briefing. Photo: Jane Doe/Reuters',
    '![Lupita](lupita.jpg)**Lupita**’s dress was stolen, TMZ has learned.',
  ].join('\n\n');
  assert.deepEqual(figures(text, 'markdown'), [
    { picture: '![A bulb](bulb.jpg)', caption: 'A study of the “a-ha!” moment.', credits: [] },
    { picture: '![Kirby](kirby.jpg)', caption: 'Caption: Kirby at a briefing. Photo: Jane Doe/Reuters', credits: ['Photo: Jane Doe/Reuters'] },
    { picture: '![Lupita](lupita.jpg)', caption: undefined, credits: [] },
  ]);
});

test('HTML: each img takes the figcaption that follows it; the caption ends at its last word', () => {
  const text = '<figure>\n<img src="a.jpg" alt="A tank">\n<figcaption>A tank. <span>(Jane Doe/AP)</span></figcaption>\n</figure>';
  assert.deepEqual(figures(text, 'markdown'), [{ picture: '<img src="a.jpg" alt="A tank">', caption: 'A tank. <span>(Jane Doe/AP)', credits: ['(Jane Doe/AP)'] }]);
});

test('a kept Linter gives the same photo findings as a fresh lint after edits', () => {
  const linter = new Linter();
  const drafts = [
    '![Kirby](kirby.jpg)\n\nKirby at a briefing.',
    '![Kirby](kirby.jpg)\n\nKirby at a briefing. (Alex Wong/Getty Images) (Getty Images)',
    'Intro.\n\n![Kirby](kirby.jpg)\n\nKirby at a briefing. (Alex Wong/Getty Images)',
    'Intro.\n\n![Kirby](kirby.jpg)\n\nKirby at a briefing. Photo: Alex Wong/Getty Images\n\n![](b.jpg)\n\nA tank. (Jane Doe/AP)',
  ];
  for (const text of drafts) assert.deepEqual(linter.lint(text, 'markdown').findings, lint(text, 'markdown').findings);
});

test('a change of house agencies is seen by a kept Linter', () => {
  const linter = new Linter();
  const text = 'Photo: The new bridge at dawn. Gazette Staff';
  const rules = (agencies: string[]) => linter.lint(text, 'plaintext', { options: { house: { agencies } } }).findings.map((f) => f.rule);
  assert.deepEqual(rules([]), ['photo-credit-missing']);
  assert.deepEqual(rules(['Gazette Staff']), []);
  assert.deepEqual(rules([]), ['photo-credit-missing']);
});

test('ordinary news prose holds no figures: datelines, credit cards, photo ops', () => {
  const text = [
    'WASHINGTON (AP) — The Senate voted 52-48 on Tuesday to confirm the nominee, a victory for the White House.',
    'The bank said customers could still use their credit cards, and staff would extend every courtesy to them.',
    'Photo ops at the border drew criticism from Sen. Jane Doe (D-Calif.), who called them “theater.”',
    'The image of the president, she said, mattered more than the policy. Reuters/Ipsos polling backs her up.',
  ].join('\n\n');
  assert.deepEqual(figures(text, 'plaintext'), []);
  assert.deepEqual(lint(text, 'plaintext').findings.filter((finding) => finding.rule.startsWith('photo-')), []);
});
