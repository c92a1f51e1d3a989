/**
 * Keeps what the previous run computed and drops what it no longer used: each run reads from the
 * last generation and writes to a new one, so memory follows the current document, not its history.
 */
export class GenerationCache<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  get(key: string, compute: () => V): V {
    let value = this.current.get(key) ?? this.previous.get(key);
    if (value === undefined) value = compute();
    this.current.set(key, value);
    return value;
  }

  /** Ends a run: entries not used in it are forgotten. */
  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
