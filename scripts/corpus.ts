// Findings per rule per 1,000 words over a folder of articles: the false-alarm gauge for published copy.
// Usage: npm run corpus -- DIR [--show RULE]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/engine/linter';
import { rules } from '../server/src/engine/rules';

const args = process.argv.slice(2);
const showIndex = args.indexOf('--show');
const show = showIndex >= 0 ? args.splice(showIndex, 2)[1] : undefined;
const dir = args[0];
if (!dir) {
  console.error('usage: npm run corpus -- DIR [--show RULE]');
  process.exit(2);
}

const counts = new Map<string, number>(rules.map((rule) => [rule.id, 0]));
let words = 0;
const files = readdirSync(dir).filter((name) => /\.(md|markdown|txt)$/.test(name)).sort();
for (const name of files) {
  const text = readFileSync(join(dir, name), 'utf8');
  const { article, findings } = lint(text, name.endsWith('.txt') ? 'plaintext' : 'markdown');
  words += article.wordCount;
  for (const finding of findings) {
    counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
    if (show === finding.rule || show === 'all') {
      const { line, character } = article.lines.positionAt(finding.start);
      const excerpt = text.slice(Math.max(0, finding.start - 40), finding.end + 40).replace(/\s+/g, ' ');
      console.log(`${name}:${line + 1}:${character + 1} ${finding.rule}: ${finding.message}\n    …${excerpt}…`);
    }
  }
}
console.log(`${files.length} files, ${words} words`);
console.log('rule'.padEnd(28) + 'findings'.padStart(9) + '  per 1,000 words');
for (const [rule, count] of [...counts].sort()) {
  console.log(rule.padEnd(28) + String(count).padStart(9) + '  ' + ((count * 1000) / Math.max(words, 1)).toFixed(2));
}
