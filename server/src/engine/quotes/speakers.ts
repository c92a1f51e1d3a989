import { PERSON_NOUNS } from '../data/people';
import { JOB_TITLES } from '../data/speech-verbs';
import { genderOf, type Gender } from './gender';
import type { Attribution } from './paragraph';
import { givenWords, surnameKey, type SpeakerPhrase } from './speaker';

/** Someone quoted in the article, named as at their fullest reference. */
export interface Speaker {
  key: string;
  name: string;
  description?: string;
  /** Two people of the surname are named in full (a couple, a mother and her son). */
  shared?: true;
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

/**
 * A group named by a plural common noun ("locals", "residents", "the company's lawyers"): "they"
 * may stand for it, "he" and "she" stand for the last one person named.
 */
export function isGroup(key: string): boolean {
  return /^phrase:.*\p{Ll}[\p{Ll}’'-]*[^su’'\s]s$/u.test(key);
}

/**
 * Whether a speaker named by a phrase, not a name, may be "he" or "she": only a person ("the
 * mayor", "her son", "a neighbor"), never a body, a document or a thing ("the utility", "the
 * statement", "the delay").
 */
function isBody(key: string): boolean {
  if (!key.startsWith('phrase:')) return false;
  const head = /([\p{L}-]+)$/u.exec(key)?.[1].toLowerCase() ?? '';
  return !PERSONS.has(head);
}

const PERSONS = new Set([...JOB_TITLES, ...PERSON_NOUNS]);

/**
 * Whom "he", "she" and "they" stand for, in one string so the paragraph's links can compare it:
 * the last one person named who may be a "he", the last who may be a "she" (someone whose name
 * says neither may be either), and the last speaker named of any number.
 */
export function antecedents(last: string | undefined, named: string, gender: Gender | undefined): string {
  const [he = '', she = ''] = (last ?? '').split('\u0000');
  if (isGroup(named) || isBody(named)) return `${he}\u0000${she}\u0000${named}`;
  return `${gender === 'she' ? he : named}\u0000${gender === 'he' ? she : named}\u0000${named}`;
}

function antecedentFor(pronoun: string, last: string | undefined): string | undefined {
  if (last === undefined) return undefined;
  const [he, she, any] = last.split('\u0000');
  const lower = pronoun.toLowerCase();
  return (lower === 'they' ? any : lower === 'he' ? he : she) || undefined;
}

/** Whether the phrase is "he", "she" or "they": it stands for whoever was named last (`antecedents`). */
export function isAnaphor(phrase: SpeakerPhrase): boolean {
  return phrase.pronoun && ANAPHORS.has(phrase.name.toLowerCase());
}

/** The key a named speaker is registered under: the surname of a proper name, else the phrase. */
export function speakerKey(phrase: SpeakerPhrase): string {
  return phrase.proper ? nameFacts(phrase.name).key : phraseKey(phrase.name);
}

/**
 * An attribution with its speaker looked up, offsets relative to its paragraph. Keys depend on
 * the phrase alone, so this is pure: `last` holds whom "he" and "they" stand for (`antecedents`).
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
    const known = isAnaphor(phrase) ? antecedentFor(phrase.name, last) : undefined;
    return known ? { verb, verbStart, verbEnd, speakerText: phrase.text, speaker: known } : { verb, verbStart, verbEnd, speakerText: phrase.text };
  }
  return { verb, verbStart, verbEnd, speaker: speakerKey(phrase), speakerText: phrase.text };
}

/** A speaker phrase ready to register, worked out once per paragraph text: replayed on every keystroke. */
export interface Registration {
  key: string;
  name: string;
  /** How many words of the name are not titles; 0 for a phrase, which is never renamed. */
  given: number;
  description?: string;
  /** A surname alone opening a sentence: it stands for someone only if already registered. */
  knownOnly?: boolean;
  gender?: Gender;
}

/** What registering `phrase` (not a pronoun) records. */
export function registrationOf(phrase: SpeakerPhrase): Registration {
  if (!phrase.proper) {
    const gender = genderOf(phrase);
    return { key: phraseKey(phrase.name), name: phrase.name, given: 0, ...(gender ? { gender } : {}) };
  }
  const facts = nameFacts(phrase.name);
  const gender = genderOf(phrase);
  return { key: facts.key, name: phrase.name, given: facts.given, ...(phrase.description ? { description: phrase.description } : {}), ...(gender ? { gender } : {}) };
}

function sameRegistered(mine: Registered, their: Registered): boolean {
  if (mine === their) return true;
  const [a, b] = [mine.speaker, their.speaker];
  return a.name === b.name && a.description === b.description && a.shared === b.shared && mine.given === their.given && mine.gender === their.gender;
}

interface Registered {
  speaker: Speaker;
  /** `givenWords` of the speaker's name as it stands. */
  given: number;
  /** Whether "he" or "she" may stand for them, as any reference so far has said. */
  gender?: Gender;
}

/**
 * The article's speakers in order of first reference. "Defense Department spokesman John Kirby"
 * registers John Kirby; a later "Kirby" is him, and "he" is whoever was named last.
 */
export class Speakers {
  // Entries are replaced, never changed: copies of the registry share them.
  private byKey = new Map<string, Registered>();
  /** Whom "he", "she" and "they" stand for (`antecedents`). */
  private last?: string;

  list(): Speaker[] {
    return [...this.byKey.values()].map((registered) => registered.speaker);
  }

  get(key: string): Speaker | undefined {
    return this.byKey.get(key)?.speaker;
  }

  /** Whom "he", "she" and "they" stand for (`antecedents`). */
  lastKey(): string | undefined {
    return this.last;
  }

  /** Registers a speaker named (not a pronoun), in the order the article names them. */
  add(registration: Registration): void {
    const { key, name, given, description } = registration;
    let registered = this.byKey.get(key);
    if (registration.knownOnly) {
      if (registered) this.last = antecedents(this.last, key, registered.gender);
      return;
    }
    // Another full name under the same surname (Abena Osei after her son Samuel Osei) says its own gender, if any.
    const someoneElse = registered !== undefined && given > 1 && registered.given > 1 && name !== registered.speaker.name;
    if (!registered) {
      registered = { speaker: { key, name, ...(description ? { description } : {}) }, given, ...(registration.gender ? { gender: registration.gender } : {}) };
      this.byKey.set(key, registered);
    } else {
      // "Kirby" or "Dr. Shadlen" first and "Michael Shadlen" later: keep the fuller name.
      const fuller = given > registered.given;
      // A description goes with its own name: "David Adeyemi, now a teacher" describes no other Adeyemi.
      const described = !registered.speaker.description && description && (fuller || name === registered.speaker.name);
      const gendered = !registered.gender && registration.gender;
      const shared = someoneElse && !registered.speaker.shared;
      if (fuller || described || gendered || shared) {
        const speaker = fuller || described || shared ? { ...registered.speaker, ...(fuller ? { name } : {}), ...(described ? { description } : {}), ...(shared ? { shared: true as const } : {}) } : registered.speaker;
        registered = { speaker, given: fuller ? given : registered.given, ...(registered.gender || registration.gender ? { gender: registered.gender ?? registration.gender } : {}) };
        this.byKey.set(key, registered);
      }
    }
    this.last = antecedents(this.last, key, someoneElse ? registration.gender : registered.gender);
  }

  /** An independent copy, sharing the entries: the quotation model keeps copies at checkpoints of its pass. */
  copy(): Speakers {
    const copy = new Speakers();
    copy.byKey = new Map(this.byKey);
    copy.last = this.last;
    return copy;
  }

  /** Whether the registries name the same speakers, as fully, in the same order, the same one last. */
  equals(other: Speakers): boolean {
    if (this.byKey.size !== other.byKey.size || this.last !== other.last) return false;
    const theirs = other.byKey.values();
    for (const [key, mine] of this.byKey) {
      const their = theirs.next().value as Registered;
      if (their.speaker.key !== key || !sameRegistered(mine, their)) return false;
    }
    return true;
  }

  /** The keys under which the registries hold different speakers, or which only one of them holds. */
  keysDifferingFrom(other: Speakers): string[] {
    const keys: string[] = [];
    for (const [key, mine] of this.byKey) {
      const their = other.byKey.get(key);
      if (!their || !sameRegistered(mine, their)) keys.push(key);
    }
    for (const key of other.byKey.keys()) if (!this.byKey.has(key)) keys.push(key);
    return keys;
  }

  /**
   * This registry, a later state of a pass that stood at `then`, as it is after standing at `now`
   * instead: what was added or renamed since `then`, applied to a copy of `now`.
   */
  rebasedOnto(then: Speakers, now: Speakers): Speakers {
    const rebased = now.copy();
    // Compared by value: a pass that caught up holds the last pass's entries, equal to its own.
    for (const [key, registered] of this.byKey) {
      const before = then.byKey.get(key);
      if (!before || !sameRegistered(before, registered)) rebased.byKey.set(key, registered);
    }
    rebased.last = this.last;
    return rebased;
  }

  /** A speaker named outright (a block quote's byline); returns its key. */
  named(name: string): string {
    const facts = nameFacts(name);
    this.add({ key: facts.key, name, given: facts.given });
    return facts.key;
  }
}
