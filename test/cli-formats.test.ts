import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../server/src/engine/linter';
import { docsUrl } from '../server/src/engine/rule';
import { rules } from '../server/src/engine/rules';
import { escapeData, escapeProperty } from '../server/src/cli/format/github';
import { copydesk, scratch } from './support/cli';
import { sarifProblems } from './support/sarif';

// CRLF line ends, curly quotes, and an emoji (two UTF-16 code units) before the straight apostrophe.
const ARTICLE = '“We’re ready,” she said of the 🎉 army’s drills and the navy\'s.\r\n\r\nAdvertisement\r\n';
const APOSTROPHE_COLUMN = ARTICLE.indexOf("'") + 1;
// The rules' own wording, so these tests check the formats, not the messages.
const [APOSTROPHE, LEFTOVER] = lint(ARTICLE, 'plaintext').findings.map((finding) => finding.message);
const MESSAGE_WIDTH = Math.max(APOSTROPHE.length, LEFTOVER.length);

function lintArticle(format: string, name = 'story.txt', ...flags: string[]) {
  const dir = scratch({ [name]: ARTICLE });
  return { dir, run: copydesk(['lint', '--format', format, ...flags, name], { cwd: dir }) };
}

test('text: rows aligned under the file, summary counting every severity', () => {
  const { run } = lintArticle('text', 'story.txt', '--rule', 'quote-style:information', '--rule', 'leftover-boilerplate:hint');
  assert.equal(run.code, 0);
  assert.equal(
    run.stdout,
    [
      'story.txt',
      `  1:${APOSTROPHE_COLUMN}  information  ${APOSTROPHE.padEnd(MESSAGE_WIDTH)}  quote-style`,
      `  3:1   hint         ${LEFTOVER.padEnd(MESSAGE_WIDTH)}  leftover-boilerplate`,
      '',
      '✖ 2 problems (0 errors, 0 warnings, 1 information, 1 hint) in 1 file',
      '  2 problems fixable with the --fix option.',
      '',
    ].join('\n'),
  );
});

test('text: colour only when asked, FORCE_COLOR winning over NO_COLOR; a clean run prints nothing', () => {
  const plain = lintArticle('text').run.stdout;
  assert.doesNotMatch(plain, /\x1b\[/);
  const dir = scratch({ 'story.txt': ARTICLE, 'clean.txt': 'Clean copy.\n' });
  assert.match(copydesk(['lint', 'story.txt'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout, /\x1b\[33mwarning/);
  assert.match(copydesk(['lint', '--color', 'story.txt'], { cwd: dir }).stdout, /\x1b\[4mstory\.txt\x1b\[24m/);
  assert.doesNotMatch(copydesk(['lint', '--no-color', 'story.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout, /\x1b\[/);
  assert.equal(copydesk(['lint', 'clean.txt'], { cwd: dir }).stdout, '');
});

test('sarif: a valid SARIF 2.1.0 log with rule metadata and 1-based UTF-16 regions', () => {
  const { dir, run } = lintArticle('sarif', 'my story.txt', '--rule', 'leftover-boilerplate:error');
  assert.equal(run.code, 1);
  const log = JSON.parse(run.stdout);
  assert.deepEqual(sarifProblems(log), []);
  const [{ tool, results, originalUriBaseIds }] = log.runs;
  assert.deepEqual(
    tool.driver.rules.map((rule: { id: string }) => rule.id),
    rules.map((rule) => rule.id),
  );
  for (const [index, rule] of rules.entries()) {
    const descriptor = tool.driver.rules[index];
    assert.equal(descriptor.shortDescription.text, rule.description);
    assert.equal(descriptor.fullDescription.text, rule.why);
    assert.equal(descriptor.helpUri, docsUrl(rule));
  }
  assert.equal(originalUriBaseIds['%SRCROOT%'].uri, `file://${dir}/`);
  assert.deepEqual(results, [
    {
      ruleId: 'quote-style',
      ruleIndex: rules.findIndex((rule) => rule.id === 'quote-style'),
      level: 'warning',
      message: { text: APOSTROPHE },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'my%20story.txt', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1, startColumn: APOSTROPHE_COLUMN, endLine: 1, endColumn: APOSTROPHE_COLUMN + 1 },
          },
        },
      ],
    },
    {
      ruleId: 'leftover-boilerplate',
      ruleIndex: rules.findIndex((rule) => rule.id === 'leftover-boilerplate'),
      level: 'error',
      message: { text: LEFTOVER },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'my%20story.txt', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 14 },
          },
        },
      ],
    },
  ]);
});

test('the SARIF check itself catches what code scanning would reject', () => {
  assert.deepEqual(sarifProblems({ version: '2.1.0', runs: [] }), []);
  assert.ok(sarifProblems({ runs: [] }).includes('$: missing required property version'));
  const bad = { version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'info', message: {}, locations: [{ physicalLocation: { region: { startLine: 0 } } }] }] }] };
  assert.deepEqual(sarifProblems(bad), [
    '$.runs[0].tool.driver: missing required property name',
    "$.runs[0].results[0].level: expected one of none, note, warning, error",
    '$.runs[0].results[0].message: a message needs text or id',
    '$.runs[0].results[0].locations[0].physicalLocation.region.startLine: expected an integer ≥ 1',
    '$.runs[0].results[0].locations[0].physicalLocation: needs artifactLocation or address',
  ]);
});

test('github: one workflow command per finding, properties and data escaped', () => {
  const { run } = lintArticle('github', 'a,b:c%.txt', '--rule', 'quote-style:information');
  assert.equal(
    run.stdout,
    `::notice file=a%2Cb%3Ac%25.txt,line=1,col=${APOSTROPHE_COLUMN},endLine=1,endColumn=${APOSTROPHE_COLUMN + 1},title=quote-style::${APOSTROPHE}\n` +
      `::warning file=a%2Cb%3Ac%25.txt,line=3,col=1,endLine=3,endColumn=14,title=leftover-boilerplate::${LEFTOVER}\n`,
  );
  assert.equal(escapeData('50% off\r\nnow: a, b'), '50%25 off%0D%0Anow: a, b');
  assert.equal(escapeProperty('50% off\r\nnow: a, b'), '50%25 off%0D%0Anow%3A a%2C b');
});

test('checkstyle: XML with every attribute escaped', () => {
  const { run } = lintArticle('checkstyle', 'Q&A <draft>.txt');
  assert.equal(
    run.stdout,
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<checkstyle version="4.3">',
      '  <file name="Q&amp;A &lt;draft&gt;.txt">',
      `    <error line="1" column="${APOSTROPHE_COLUMN}" severity="warning" message="${APOSTROPHE.replace(/'/g, '&apos;')}" source="copydesk.quote-style" />`,
      `    <error line="3" column="1" severity="warning" message="${LEFTOVER}" source="copydesk.leftover-boilerplate" />`,
      '  </file>',
      '</checkstyle>',
      '',
    ].join('\n'),
  );
  // Every attribute value is free of raw markup characters.
  for (const [, value] of run.stdout.matchAll(/="([^"]*)"/g)) assert.doesNotMatch(value, /[<>&](?!amp;|lt;|gt;|quot;|apos;)/);
});

test('json keeps the contract for several files, clean ones included', () => {
  const dir = scratch({ 'a.txt': ARTICLE, 'b.txt': 'Clean copy.\n' });
  const reports = JSON.parse(copydesk(['lint', '--format', 'json', '.'], { cwd: dir }).stdout);
  assert.deepEqual(
    reports.map((report: { file: string; diagnostics: unknown[] }) => [report.file, report.diagnostics.length]),
    [
      ['a.txt', 2],
      ['b.txt', 0],
    ],
  );
});
