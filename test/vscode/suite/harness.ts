import { languages, type Diagnostic, type Uri } from 'vscode';

export interface Case {
  name: string;
  run: () => Promise<void>;
}

/**
 * Runs the cases in order inside the extension host and throws if any failed, which makes the
 * host exit non-zero. Shared by the code-server run and @vscode/test-electron (no mocha needed).
 */
export async function runCases(cases: Case[]): Promise<void> {
  let passed = 0;
  const failures: string[] = [];
  for (const { name, run } of cases) {
    try {
      await run();
      passed++;
      console.log(`✔ ${name}`);
    } catch (error) {
      failures.push(name);
      console.log(`✖ ${name}\n  ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  console.log(`extension host: ${passed} passed, ${failures.length} failed`);
  if (failures.length > 0) throw new Error(`failed: ${failures.join('; ')}`);
}

/** Polls until `read()` returns (or resolves to) something `accept`s (every 50 ms, as Harper's tests do); never a fixed sleep. */
export async function until<T>(what: string, read: () => T | Thenable<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function copydeskDiagnostics(uri: Uri): Diagnostic[] {
  return languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'copydesk');
}

export function ruleOf(diagnostic: Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

export function waitForRules(uri: Uri, accept: (rules: string[]) => boolean, what: string): Promise<Diagnostic[]> {
  return until(what, () => copydeskDiagnostics(uri), (diagnostics) => accept(diagnostics.map(ruleOf)));
}
