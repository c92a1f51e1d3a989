import fc from 'fast-check';
import type { Language } from '../../server/src/engine/types';

/** Words as wire copy has them: names, numbers, apostrophes (straight and curly), emoji. */
const WORDS = [
  'the', 'council', 'said', 'on', 'Tuesday', 'it', 'would', 'vote', 'Kyiv', 'officials', 'Jones’', "Jones'", 'it’s', "it's",
  '’80s', "'90s", 'don’t', "won't", '5', '3.5%', '$1.2', 'million', 'e-mail', 'U.S.', 'Mr.', 'Smith', 'O’Brien', 'café',
  '🙂', '🎉', 'naïve', '—', 'and', 'police', 'reported', 'Advertisement',
];

const word = fc.constantFrom(...WORDS);
const plainSentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => `${words.join(' ')}.`);

/** A sentence, sometimes quoted with curly or straight marks, sometimes left unclosed. */
const sentence = fc.oneof(
  plainSentence,
  fc.tuple(plainSentence, fc.constantFrom('“', '"', '‘', "'"), fc.boolean()).map(([text, mark, closed]) => {
    const close = { '“': '”', '"': '"', '‘': '’', "'": "'" }[mark];
    return `${mark}${text.slice(0, -1)},${closed ? close : ''} she said.`;
  }),
);

const prose = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));

/** Markdown constructs around prose, including the ones that span blank lines. */
const markdownBlock = fc.oneof(
  prose,
  prose.map((text) => `# ${text}`),
  prose.map((text) => `> ${text}`),
  prose.map((text) => `- ${text}\n- ${text}`),
  prose.map((text) => `1. ${text}\n\n   ${text}`),
  prose.map((text) => `**${text}** and \`code "x"\` and [a link](https://example.com/?q="y")`),
  prose.map((text) => `![${text}](photo.jpg "A photo")`),
  prose.map((text) => `| a | b |\n|---|---|\n| ${text} | “c” |`),
  prose.map((text) => `\`\`\`\n${text}\n\n${text}\n\`\`\``),
  prose.map((text) => `<!-- copydesk-disable-next-line quote-style -->\n${text}`),
  fc.constant('<div>\n\n“html”\n\n</div>'),
  fc.constant('Advertisement'),
  fc.constant('---'),
);

export interface GeneratedArticle {
  text: string;
  language: Language;
}

/** Articles of a few paragraphs, LF or CRLF, Markdown or plain text (sometimes with front matter). */
export const article: fc.Arbitrary<GeneratedArticle> = fc
  .record({
    language: fc.constantFrom<Language>('markdown', 'plaintext'),
    blocks: fc.array(markdownBlock, { minLength: 1, maxLength: 8 }),
    crlf: fc.boolean(),
    frontMatter: fc.boolean(),
  })
  .map(({ language, blocks, crlf, frontMatter }) => {
    let text = blocks.join('\n\n');
    if (frontMatter && language === 'markdown') text = `---\ntitle: “A headline”\n---\n\n${text}`;
    return { language, text: crlf ? text.replace(/\n/g, '\r\n') : text };
  });

export interface Edit {
  /** Where, as a fraction of the text's length. */
  at: number;
  remove: number;
  insert: string;
}

/** What a writer types or pastes: letters, spaces, breaks, quote marks, markup, emoji. */
const typed = fc.constantFrom('s', 'e', ' ', '.', '\n', '\n\n', '\r\n', '“', '”', '"', "'", '’', '#', '> ', '- ', '`', '```\n', '🙂', 'Advertisement\n\n', '<!-- copydesk-disable -->');

/**
 * Where an edit falls, spread evenly over the text. (fast-check's doubles crowd toward zero, so
 * edits made with them landed at the very start of the text nearly every time.)
 */
export const place: fc.Arbitrary<number> = fc.integer({ min: 0, max: 1000 }).map((permille) => permille / 1000);

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: place,
  remove: fc.integer({ min: 0, max: 6 }),
  insert: fc.oneof(typed, fc.constant('')),
});

export function applyEdit(text: string, { at, remove, insert }: Edit): string {
  const start = Math.min(text.length, Math.floor(at * text.length));
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}
