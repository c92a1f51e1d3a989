import { SUPPRESSION_COMMENT } from '../suppressions';
import { blankOut, type BodyDraft } from './body';

/** A plain-text block is one paragraph; its lines are kept, suppression comments are not prose. */
export function parsePlaintextBlock(source: string): BodyDraft[] {
  const prose = source.includes('copydesk-') ? source.replace(SUPPRESSION_COMMENT, blankOut) : source;
  if (prose.trim() === '') return [];
  return [{ offset: 0, kind: 'paragraph', text: source, prose, images: [], links: [] }];
}
