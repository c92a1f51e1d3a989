import type { Message } from 'vscode-languageserver/node';

/**
 * Encodes JSON messages into one buffer kept from message to message. Every keystroke republishes
 * all of a document's diagnostics, half a megabyte on a book-length draft: stringified whole, that
 * is a string built in pieces that V8 must then copy flat, and a fresh buffer, both large enough to
 * cost more in page faults and garbage collection than the JSON itself. So the top of the message
 * is walked and its arrays are written element by element. Reusing the buffer is safe because the
 * stream writer sends one message at a time and waits for the write to finish before the next.
 * Items sent again unchanged (diagnostics after the edited line) come frozen: their JSON is kept.
 */
export class ReusedBufferJsonEncoder {
  readonly name = 'application/json';
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private length = 0;
  /** JSON of the frozen items already sent; a sender freezes only what it froze all the way down. */
  private readonly remembered = new WeakMap<object, string>();

  encode(message: Message): Promise<Uint8Array> {
    try {
      this.length = 0;
      this.writeValue(message, 0);
      return Promise.resolve(this.buffer.subarray(0, this.length));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Writes what `JSON.stringify(value)` would; false, writing nothing, where it gives `undefined`. */
  private writeValue(value: unknown, depth: number): boolean {
    if (depth < WALKED_DEPTH && Array.isArray(value)) {
      this.write('[');
      value.forEach((item, index) => {
        if (index > 0) this.write(',');
        if (!this.writeValue(item, depth + 1)) this.write('null');
      });
      this.write(']');
      return true;
    }
    if (depth < WALKED_DEPTH && isWalkable(value)) {
      this.write('{');
      let first = true;
      for (const key of Object.keys(value)) {
        const member = (value as Record<string, unknown>)[key];
        if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
        this.write(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
        first = false;
        this.writeValue(member, depth + 1);
      }
      this.write('}');
      return true;
    }
    const frozen = typeof value === 'object' && value !== null && Object.isFrozen(value);
    const json = (frozen && this.remembered.get(value)) || JSON.stringify(value);
    if (json === undefined) return false;
    if (frozen) this.remembered.set(value, json);
    this.write(json);
    return true;
  }

  private write(json: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const needed = this.length + json.length * 3;
    if (needed > this.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
      this.buffer.copy(larger, 0, 0, this.length);
      this.buffer = larger;
    }
    this.length += this.buffer.write(json, this.length, 'utf8');
  }
}

/** The message, its params and their arrays (the diagnostics) are walked; their items are stringified whole. */
const WALKED_DEPTH = 3;

/** A plain object without `toJSON`: JSON.stringify serializes it member by member, as the walk does. */
function isWalkable(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
