import type { ParagraphBody } from './article';

export type CachedBody = ParagraphBody & { offset: number };

interface Entry {
  bodies: CachedBody[];
  /** How many blocks of the last run used this entry (identical blocks share one). */
  uses: number;
}

interface Placed {
  source: string;
  entry: Entry;
}

/**
 * Parsed blocks of one document, kept between runs. An edit leaves the blocks before it in place
 * and the blocks after it in place counted from the end, so each block is first compared with
 * the block at the same position from the start or from the end: a string comparison, without
 * hashing the document. Only blocks found there by neither (the edited ones, or moved ones) are
 * looked up by text. Entries no block uses any more are dropped, so memory follows the document.
 */
export class BlockCache {
  private byText = new Map<string, Entry>();
  private placed: Placed[] = [];

  /** The bodies of each block source, parsed by `parse` only when no earlier run had them. */
  bodies(sources: string[], parse: (source: string) => CachedBody[]): CachedBody[][] {
    const previous = this.placed;
    const reused = new Uint8Array(previous.length);
    const fromEnd = previous.length - sources.length;
    const placed: Placed[] = [];
    const keep = (j: number, source: string): Placed | undefined => {
      const candidate = previous[j];
      if (!candidate || reused[j] || candidate.source !== source) return undefined;
      reused[j] = 1;
      return candidate;
    };
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i];
      placed.push(keep(i, source) ?? keep(i + fromEnd, source) ?? this.lookUp(source, parse));
    }
    previous.forEach((old, j) => {
      if (reused[j] || --old.entry.uses > 0) return;
      this.byText.delete(old.source);
    });
    this.placed = placed;
    return placed.map((p) => p.entry.bodies);
  }

  private lookUp(source: string, parse: (source: string) => CachedBody[]): Placed {
    // The block itself, not a copy: the document's next draft shares it, so the comparison above
    // finds the same string and stops at once.
    let entry = this.byText.get(source);
    if (!entry) this.byText.set(source, (entry = { bodies: parse(source), uses: 0 }));
    entry.uses++;
    return { source, entry };
  }
}
