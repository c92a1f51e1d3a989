export interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  /** One line per test, failures with their reason. */
  details: string[];
}

export function printResult(result: SuiteResult, seconds: number): void {
  console.log(`\n${result.name}`);
  for (const line of result.details) console.log(`  ${line}`);
  console.log(`${result.name}: ${result.passed} passed, ${result.failed} failed (${seconds.toFixed(1)} s)`);
}

/** Runs named checks in order, recording each as passed or failed with its error. */
export async function runChecks(name: string, checks: Array<[string, () => Promise<void>]>): Promise<SuiteResult> {
  const result: SuiteResult = { name, passed: 0, failed: 0, details: [] };
  for (const [title, check] of checks) {
    try {
      await check();
      result.passed++;
      result.details.push(`✔ ${title}`);
    } catch (error) {
      result.failed++;
      result.details.push(`✖ ${title}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return result;
}
