/** A JSON value with its offsets in the source text, so problems can point at it. */
export type JsonNode =
  | { kind: 'object'; start: number; end: number; members: JsonMember[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'number'; start: number; end: number; value: number }
  | { kind: 'boolean'; start: number; end: number; value: boolean }
  | { kind: 'null'; start: number; end: number };

export interface JsonMember {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

/**
 * Parses strict JSON into a tree with offsets. A plain recursive-descent parser: the config
 * is data only, and knowing where each value sits lets problems point at it in the editor.
 */
export function parseJsonTree(text: string): JsonNode {
  let at = 0;

  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at])) at++;
  };
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, at, Math.min(at + 1, text.length));
  };
  const sticky = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    return match ? match[0] : undefined;
  };

  const value = (): JsonNode => {
    skipSpace();
    const start = at;
    const char = text[at];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') {
      const raw = sticky(STRING) ?? fail('Invalid string: expected a closing quotation mark');
      at += raw.length;
      return { kind: 'string', start, end: at, value: JSON.parse(raw) as string };
    }
    const number = sticky(NUMBER);
    if (number) {
      at += number.length;
      return { kind: 'number', start, end: at, value: Number(number) };
    }
    const literal = sticky(LITERAL);
    if (literal) {
      at += literal.length;
      return literal === 'null' ? { kind: 'null', start, end: at } : { kind: 'boolean', start, end: at, value: literal === 'true' };
    }
    return fail(at >= text.length ? 'Unexpected end of file: expected a value' : `Unexpected “${char}”: expected a value`);
  };

  const object = (): JsonNode => {
    const start = at++;
    const members: JsonMember[] = [];
    skipSpace();
    if (text[at] === '}') return { kind: 'object', start, end: ++at, members };
    for (;;) {
      skipSpace();
      if (text[at] !== '"') fail('Expected a property name in double quotation marks');
      const key = value() as Extract<JsonNode, { kind: 'string' }>;
      skipSpace();
      if (text[at] !== ':') fail('Expected “:” after the property name');
      at++;
      members.push({ key: key.value, keyStart: key.start, keyEnd: key.end, value: value() });
      skipSpace();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === '}') return { kind: 'object', start, end: ++at, members };
      fail('Expected “,” or “}” in the object');
    }
  };

  const array = (): JsonNode => {
    const start = at++;
    const items: JsonNode[] = [];
    skipSpace();
    if (text[at] === ']') return { kind: 'array', start, end: ++at, items };
    for (;;) {
      items.push(value());
      skipSpace();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === ']') return { kind: 'array', start, end: ++at, items };
      fail('Expected “,” or “]” in the array');
    }
  };

  // A byte-order mark is allowed at the start, as editors may save one.
  if (text.charCodeAt(0) === 0xfeff) at = 1;
  const root = value();
  skipSpace();
  if (at < text.length) fail('Unexpected text after the end of the JSON value');
  return root;
}
