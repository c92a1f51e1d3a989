import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Language } from '../../engine/types';
import { errorReason } from './collect';

/** How a file was stored, so `--fix` writes it back the same way. */
export interface Encoding {
  name: 'utf-8' | 'utf-16le' | 'utf-16be';
  bom: boolean;
}

export interface ArticleFile {
  /** The text without its byte-order mark, as editors show it: positions count from the first character. */
  text: string;
  encoding: Encoding;
}

export function languageOfPath(path: string): Language {
  return ['.md', '.markdown', '.mdx'].includes(extname(path).toLowerCase()) ? 'markdown' : 'plaintext';
}

/** Reads a file as UTF-8 (or UTF-16 with a byte-order mark), or says in plain words why it is not an article. */
export function readArticle(path: string): ArticleFile | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { error: `cannot read ${path}: ${errorReason(error)}` };
  }
  return decodeArticle(bytes, path);
}

export function decodeArticle(bytes: Uint8Array, name: string): ArticleFile | { error: string } {
  const encoding = detectEncoding(bytes);
  const body = encoding.bom ? bytes.subarray(encoding.name === 'utf-8' ? 3 : 2) : bytes;
  if (encoding.name === 'utf-8' && body.subarray(0, 8000).includes(0)) return { error: `${name} is a binary file, not an article: skipped` };
  try {
    return { text: new TextDecoder(encoding.name, { fatal: true, ignoreBOM: true }).decode(body), encoding };
  } catch {
    return { error: `${name} is not valid ${encoding.name.toUpperCase()} text: skipped (save it as UTF-8)` };
  }
}

export function encodeArticle(text: string, encoding: Encoding): Buffer {
  if (encoding.name === 'utf-8') return Buffer.from(encoding.bom ? `\ufeff${text}` : text, 'utf8');
  const little = Buffer.from(`\ufeff${text}`, 'utf16le');
  return encoding.name === 'utf-16le' ? little : little.swap16();
}

function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'utf-16be', bom: true };
  return { name: 'utf-8', bom: false };
}
