import type { Attribution } from './paragraph';
import { givenWords, surnameKey } from './speaker';

/** Someone quoted in the article, named as at their fullest reference. */
export interface Speaker {
  key: string;
  name: string;
  description?: string;
}

/** An attribution with its speaker looked up; offsets absolute. */
export interface ResolvedSpeaker {
  speaker?: string;
  speakerText?: string;
  verb?: string;
  verbStart?: number;
  verbEnd?: number;
}

/** Pronouns that stand for the last person named; "I", "you", "it" are left as written. */
const ANAPHORS = new Set(['he', 'she', 'they']);

/**
 * The article's speakers in order of first reference. "Defense Department spokesman John Kirby"
 * registers John Kirby; a later "Kirby" is him, and "he" is whoever was named last.
 */
export class Speakers {
  private readonly byKey = new Map<string, Speaker>();
  private last?: Speaker;

  list(): Speaker[] {
    return [...this.byKey.values()];
  }

  get(key: string): Speaker | undefined {
    return this.byKey.get(key);
  }

  resolve(attribution: Attribution, paragraphStart: number): ResolvedSpeaker {
    const cue = { verb: attribution.cue.text, verbStart: paragraphStart + attribution.cue.start, verbEnd: paragraphStart + attribution.cue.end };
    const phrase = attribution.speaker;
    if (!phrase) return cue;
    if (phrase.pronoun) {
      const known = ANAPHORS.has(phrase.name.toLowerCase()) ? this.last : undefined;
      return { ...cue, speakerText: phrase.text, ...(known ? { speaker: known.key } : {}) };
    }
    const speaker = phrase.proper ? this.registerName(phrase.name, phrase.description) : this.register(`phrase:${phrase.name.toLowerCase().replace(/^(?:the|a|an)\s+/, '')}`, phrase.name);
    this.last = speaker;
    return { ...cue, speaker: speaker.key, speakerText: phrase.text };
  }

  /** A speaker named outright (a block quote's byline); returns its key. */
  named(name: string): string {
    const speaker = this.registerName(name);
    this.last = speaker;
    return speaker.key;
  }

  private registerName(name: string, description?: string): Speaker {
    const speaker = this.register(surnameKey(name), name, description);
    // "Kirby" or "Dr. Shadlen" first and "Michael Shadlen" later: keep the fuller name.
    if (givenWords(name) > givenWords(speaker.name)) speaker.name = name;
    if (!speaker.description && description) speaker.description = description;
    return speaker;
  }

  private register(key: string, name: string, description?: string): Speaker {
    let speaker = this.byKey.get(key);
    if (!speaker) {
      speaker = { key, name, ...(description ? { description } : {}) };
      this.byKey.set(key, speaker);
    }
    return speaker;
  }
}
