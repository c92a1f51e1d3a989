import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from 'vscode-languageserver/node';
import fc from 'fast-check';
import { ReusedBufferJsonEncoder } from './json-encoder';

const decoded = async (encoder: ReusedBufferJsonEncoder, message: unknown) => Buffer.from(await encoder.encode(message as Message)).toString('utf8');

/** `JSON.stringify(value)` with every UTF-16 code unit beyond ASCII as a `\u` escape, written out by hand. */
function asciiStringify(value: unknown): string {
  const json = JSON.stringify(value);
  let ascii = '';
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    ascii += code < 0x80 ? json[i] : `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return ascii;
}

test('messages encode to what JSON.stringify gives, characters beyond ASCII escaped, whatever they hold', async () => {
  const encoder = new ReusedBufferJsonEncoder();
  const diagnostics = Array.from({ length: 3 }, (_, line) => ({
    range: { start: { line, character: 0 }, end: { line, character: 4 } },
    message: `“Quoted” 👍 café ${line}`,
    data: undefined,
    lone: '\ud800',
  }));
  const messages = [
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', version: 3, diagnostics } },
    { jsonrpc: '2.0', id: 1, result: null },
    { jsonrpc: '2.0', id: 2, result: [undefined, () => 1, Symbol('s'), { when: new Date(0) }, [], new String('boxed'), new Map([[1, 2]]), Object.create(null)], skipped: undefined },
    { jsonrpc: '2.0', id: 3, result: { nested: { deeper: { deepest: [1, { two: 2, none: undefined }] } } }, error: { toJSON: () => 'custom' } },
  ];
  for (const message of messages) {
    const json = await decoded(encoder, message);
    assert.equal(json, asciiStringify(message));
    assert.match(json, /^[\x00-\x7f]*$/);
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(message)));
  }
});

test('a message larger than the buffer grows it, and later messages reuse it intact', async () => {
  const encoder = new ReusedBufferJsonEncoder();
  const big = { jsonrpc: '2.0', method: 'big', params: { items: Array.from({ length: 20_000 }, (_, i) => ({ text: `“${i}” ✓` })) } };
  const json = await decoded(encoder, big);
  assert.ok(Buffer.byteLength(json) > 64 * 1024);
  assert.equal(json, asciiStringify(big));
  const small = { jsonrpc: '2.0', method: 'small', params: { text: 'é' } };
  assert.equal(await decoded(encoder, small), asciiStringify(small));
});

test('a message that cannot be serialized rejects instead of throwing', async () => {
  const cyclic: Record<string, unknown> = { jsonrpc: '2.0' };
  cyclic.self = { deeper: { cyclic } };
  await assert.rejects(new ReusedBufferJsonEncoder().encode(cyclic as unknown as Message), TypeError);
});

test('a frozen item sent again is sent as it is; an item that is not frozen is read afresh each time', async () => {
  const encoder = new ReusedBufferJsonEncoder();
  const frozen = Object.freeze({ range: Object.freeze({ line: 1 }), message: 'kept “as is”' });
  const open = { message: 'first' };
  const message = { jsonrpc: '2.0', method: 'm', params: { items: [frozen, open] } };
  assert.equal(await decoded(encoder, message), asciiStringify(message));
  open.message = 'second';
  assert.equal(await decoded(encoder, message), asciiStringify(message));
});

test('frozen items copied from the last message, in runs or alone, give what JSON.stringify gives, escaped', async () => {
  // Each message picks items from one pool, in any order and any number of times, between items
  // that are not frozen: runs of the last message are copied, broken where the order changed.
  const pool = Array.from({ length: 12 }, (_, i) => Object.freeze({ range: Object.freeze({ line: i, character: i * 7 }), message: `“${i}” ${'é'.repeat(i)}` }));
  const item = fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 0, max: pool.length - 1 }).map((i) => pool[i] as object) },
    { weight: 1, arbitrary: fc.record({ message: fc.string({ unit: 'binary' }) }) },
    { weight: 1, arbitrary: fc.constant(Object.freeze({ toJSON: () => undefined })) },
  );
  const messages = fc.array(fc.array(item, { maxLength: 30 }), { minLength: 1, maxLength: 8 });
  await fc.assert(
    fc.asyncProperty(messages, async (lists) => {
      const encoder = new ReusedBufferJsonEncoder();
      for (const diagnostics of lists) {
        const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', diagnostics, also: [diagnostics.slice(0, 2)] } };
        assert.equal(await decoded(encoder, message), asciiStringify(message));
      }
    }),
    { seed: 20261130, numRuns: 400 },
  );
});
