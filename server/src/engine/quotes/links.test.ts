import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter, lint } from '../linter';
import { buildArticle } from '../model/build';
import type { Language } from '../types';
import { quotationsOf } from './model';
import { sourcesOf } from './sources';

/*
 * Each paragraph's links are reused while its text and the state it leans on are unchanged: an
 * edit that changes only that state (an open quote, the last speaker, a colon, a heading) in an
 * earlier paragraph must still change how later paragraphs link.
 */

/** The quotation model as plain data, for comparing an incremental lint with a fresh one. */
function snapshot(text: string, language: Language, article = buildArticle(text, language)) {
  const { quotations, speakers } = quotationsOf(article);
  return { quotations, speakers: speakers.list(), sources: sourcesOf(article) };
}

/** Lints each version in turn with one Linter, checking the model and findings against a fresh lint. */
function assertEditsMatchFresh(versions: string[], language: Language = 'markdown'): void {
  const linter = new Linter();
  for (const text of versions) {
    const result = linter.lint(text, language);
    assert.deepEqual(snapshot(text, language, result.article), snapshot(text, language), `model after editing to:\n${text}`);
    assert.deepEqual(result.findings, lint(text, language).findings, `findings after editing to:\n${text}`);
  }
}

const FILLER = 'The council met on Tuesday.';

test('typing an opening mark in an earlier paragraph carries a quote into the next', () => {
  const later = '“And we will not leave,” she said.';
  assertEditsMatchFresh([
    `Ruiz spoke.\n\nWe will stay until it is done.\n\n${later}\n\n${FILLER}`,
    `Ruiz spoke.\n\n“We will stay until it is done.\n\n${later}\n\n${FILLER}`,
    `Ruiz spoke.\n\nWe will stay until it is done.\n\n${later}\n\n${FILLER}`,
  ]);
});

test('closing a quote left open stops it going on into the next paragraph', () => {
  assertEditsMatchFresh([
    '“We will stay until it is done.\n\n“And then we will go home,” Ruiz said.\n\n“It is over.”',
    '“We will stay until it is done.”\n\n“And then we will go home,” Ruiz said.\n\n“It is over.”',
  ]);
});

test('renaming a speaker changes whom a later “he said” names', () => {
  const later = '“We will stay,” he said.';
  assertEditsMatchFresh([
    `Mayor Ana Ruiz said the city was ready.\n\n${FILLER}\n\n${later}`,
    `Mayor Ana Ruiz said the city was ready.\n\nJohn Kirby said the city was ready.\n\n${later}`,
    `Mayor Ana Ruiz said the city was ready.\n\nJohn Kirbs said the city was ready.\n\n${later}`,
    `Mayor Ana Ruiz said the city was ready.\n\n${FILLER}\n\n${later}`,
  ]);
});

test('a floating quote follows the speaker, colon or heading before it', () => {
  const floating = '“We will stay until it is done.”';
  assertEditsMatchFresh([
    `Ruiz said the city was ready.\n\n${floating}`,
    `The city was ready.\n\n${floating}`,
    `The city was ready, she testified:\n\n${floating}`,
    `# The city was ready\n\n${floating}`,
    `Kirby said the city was ready.\n\n${floating}`,
    `Kirby said the city was ready.\n\n> ${floating}\n\n“It is done.”`,
  ]);
});

test('an edit before unchanged paragraphs moves their quotations with them', () => {
  const body = '“We will stay,” Ruiz said.\n\n“Until it is done.”\n\nThat is what Kirby told reporters.';
  assertEditsMatchFresh([`${FILLER}\n\n${body}`, `${FILLER} More.\n\n${body}`, `${FILLER}\n\nNew paragraph.\n\n${body}`, body]);
});

test('attributions from later passes come and go with the paragraphs they rest on', () => {
  const lede = '“We never saw it coming.”';
  const echo = 'Her words, “we will stay until it is done,” were repeated.';
  const pull = '> The whole job is done here when the council votes.';
  const prose = 'The plan holds that the whole job is done here when the council votes.';
  assertEditsMatchFresh([
    `${lede}\n\nThat is what Mayor Ana Ruiz told reporters.\n\n“We will stay until it is done,” Ruiz said.\n\n${echo}\n\n${pull}\n\n${prose}`,
    `${lede}\n\nThat is what the flyer said.\n\n“We will stay until it is done,” Ruiz said.\n\n${echo}\n\n${pull}\n\n${prose}`,
    `${lede}\n\nThat is what the flyer said.\n\n“We will stay until it is done.”\n\n${echo}\n\n${pull}\n\nThe plan is done.`,
    `${lede}\n\nThat is what Mayor Ana Ruiz told reporters.\n\n“We will stay until it is done,” Ruiz said.\n\n${echo}\n\n${pull}\n\n${prose}`,
  ]);
});

test('a block quote’s byline names its speaker until it is edited away', () => {
  assertEditsMatchFresh([
    '> “We will stay until it is done.”\n>\n> Michael Shadlen, Ph.D.\n\nMore text.',
    '> “We will stay until it is done.”\n>\n> michael shadlen wrote this on a long afternoon in may.\n\nMore text.',
    '> “We will stay until it is done.”\n>\n> Michael Shadlen, Ph.D.\n\nMore text.',
  ]);
});
