/** Inputs no article should be, which no linter of ours may crash or stall on. */
export const HOSTILE_INPUTS: Record<string, string> = {
  empty: '',
  'only breaks': '\r\n\n\r\r\n',
  binary: Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join(''),
  'invalid UTF-8 decoded': Buffer.from([0x66, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0xe2, 0x80, 0x9c, 0x0a, 0x0a, 0xa0]).toString('utf8'),
  'lone surrogates': '\uD800 lone “surrogate\uDFFF” and \uDBFF\n\n\uDC00 again',
  'NUL bytes': 'The council\u0000 said\u0000\u0000 “no.”\n\n\u0000',
  '200,000-character line': 'word '.repeat(40_000),
  '10,000 quotation marks': '“'.repeat(10_000),
  '10,000 straight marks': `"'`.repeat(5_000),
  'nested block quotes': `${'>'.repeat(5_000)} “quoted”`,
  'nested lists': Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
  'nested brackets': `${'['.repeat(5_000)}x${']('.repeat(5_000)}`,
  'unclosed fence': '```\n' + 'code "x"\n\n'.repeat(2_000),
  'unclosed comment': '<!-- copydesk-disable\n\nAdvertisement\n\n'.repeat(500),
  'suppression comments': '<!-- copydesk-disable-next-line -->\n'.repeat(2_000),
  'emoji and CRLF': '🙂“🎉”\r\n\r\n'.repeat(2_000),
};

/** Five million characters of real copy, the server's default size limit. */
export function fiveMegabytes(article: string): string {
  return article.repeat(Math.ceil(5_000_000 / article.length)).slice(0, 5_000_000);
}
