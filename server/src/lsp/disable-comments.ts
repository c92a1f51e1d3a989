import type { Article } from '../engine/model/article';
import type { DocumentText } from '../engine/model/document-text';
import type { Finding, TextEdit } from '../engine/types';

/**
 * `<!-- copydesk-disable-next-line RULE -->` above the finding's line. Inside a Markdown paragraph
 * a comment on its own line would split the paragraph, so there it goes at the end of the line before.
 */
export function disableForLine(article: Article, finding: Finding): TextEdit {
  // Read through the blocks: VS Code asks for code actions at the cursor after every change.
  const { lines, source: text } = article;
  const line = lines.lineOf(finding.start);
  const lineStart = lines.lineStart(line);
  const comment = `<!-- copydesk-disable-next-line ${finding.rule} -->`;
  const paragraph = article.paragraphs.find((p) => p.start <= finding.start && finding.start <= p.end);
  if (article.language === 'markdown' && paragraph && paragraph.start < lineStart) {
    const previousEnd = lines.lineContentEnd(line - 1);
    return { start: previousEnd, end: previousEnd, newText: ` ${comment}` };
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lines.lineContentEnd(line)))?.[0] ?? '';
  return { start: lineStart, end: lineStart, newText: `${indent}${comment}${lineBreakOf(text)}` };
}

/** `<!-- copydesk-disable RULE -->` at the top, after any front matter. */
export function disableForFile(article: Article, rule: string): TextEdit {
  const matter = article.paragraphs[0]?.kind === 'front-matter' ? article.paragraphs[0] : undefined;
  const eol = lineBreakOf(article.source);
  if (matter) return { start: matter.end, end: matter.end, newText: `${eol}<!-- copydesk-disable ${rule} -->` };
  return { start: 0, end: 0, newText: `<!-- copydesk-disable ${rule} -->${eol}${eol}` };
}

function lineBreakOf(text: DocumentText): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
