import type { Attribution } from './paragraph';
import { givenWords, surnameKey, type SpeakerPhrase } from './speaker';

/** Someone quoted in the article, named as at their fullest reference. */
export interface Speaker {
  key: string;
  name: string;
  description?: string;
}

/** An attribution with its speaker looked up; offsets relative to the paragraph until placed. */
export interface ResolvedSpeaker {
  speaker?: string;
  speakerText?: string;
  verb?: string;
  verbStart?: number;
  verbEnd?: number;
}

/** `surnameKey` and `givenWords` of each name seen, so a re-lint does not split names again. */
const names = new Map<string, { key: string; given: number }>();

function nameFacts(name: string): { key: string; given: number } {
  let facts = names.get(name);
  if (facts === undefined) {
    if (names.size > 10_000) names.clear();
    facts = { key: surnameKey(name), given: givenWords(name) };
    names.set(name, facts);
  }
  return facts;
}

/** Speaker keys of descriptive phrases by phrase, so a re-lint does not rebuild them. */
const phraseKeys = new Map<string, string>();

function phraseKey(name: string): string {
  let key = phraseKeys.get(name);
  if (key === undefined) {
    if (phraseKeys.size > 10_000) phraseKeys.clear();
    key = `phrase:${name.toLowerCase().replace(/^(?:the|a|an)\s+/, '')}`;
    phraseKeys.set(name, key);
  }
  return key;
}

/** Pronouns that stand for the last person named; "I", "you", "it" are left as written. */
const ANAPHORS = new Set(['he', 'she', 'they']);

/** Whether the phrase is "he", "she" or "they": it stands for whoever was named last. */
export function isAnaphor(phrase: SpeakerPhrase): boolean {
  return phrase.pronoun && ANAPHORS.has(phrase.name.toLowerCase());
}

/** The key a named speaker is registered under: the surname of a proper name, else the phrase. */
export function speakerKey(phrase: SpeakerPhrase): string {
  return phrase.proper ? nameFacts(phrase.name).key : phraseKey(phrase.name);
}

/**
 * An attribution with its speaker looked up, offsets relative to its paragraph. Keys depend on
 * the phrase alone, so this is pure: `last` is the key "he" stands for, the last speaker named.
 */
export function resolveSpeaker(attribution: Attribution, last: string | undefined): ResolvedSpeaker {
  // Literals rather than spreads (same keys, same order): this runs for every attribution of a changed paragraph.
  const cue = attribution.cue;
  const verb = cue.text;
  const verbStart = cue.start;
  const verbEnd = cue.end;
  const phrase = attribution.speaker;
  if (!phrase) return { verb, verbStart, verbEnd };
  if (phrase.pronoun) {
    const known = isAnaphor(phrase) ? last : undefined;
    return known ? { verb, verbStart, verbEnd, speakerText: phrase.text, speaker: known } : { verb, verbStart, verbEnd, speakerText: phrase.text };
  }
  return { verb, verbStart, verbEnd, speaker: speakerKey(phrase), speakerText: phrase.text };
}

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

  /** The key of the speaker named last, whom "he" stands for. */
  lastKey(): string | undefined {
    return this.last?.key;
  }

  /** Registers the speaker a phrase names (not a pronoun), in the order the article names them. */
  add(phrase: SpeakerPhrase): void {
    this.last = phrase.proper ? this.registerName(phrase.name, phrase.description) : this.register(phraseKey(phrase.name), phrase.name);
  }

  /** A speaker named outright (a block quote's byline); returns its key. */
  named(name: string): string {
    const speaker = this.registerName(name);
    this.last = speaker;
    return speaker.key;
  }

  private registerName(name: string, description?: string): Speaker {
    const speaker = this.register(nameFacts(name).key, name, description);
    // "Kirby" or "Dr. Shadlen" first and "Michael Shadlen" later: keep the fuller name.
    if (nameFacts(name).given > nameFacts(speaker.name).given) speaker.name = name;
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
