/**
 * Pure logic of the disputes views: which reason text to show, whether a
 * dispute is closed, how urgent answering is, and the length limits of an
 * answer (the same limits as the core; the core has the final word).
 */

/** The longest answer and evidence note the marketplace accepts (characters). */
export const MAX_ANSWER_CHARS = 4000;
export const MAX_NOTE_CHARS = 500;
/** Most photos one answer carries (the core's MAX_EVIDENCE_PHOTOS). */
export const MAX_PHOTOS = 6;

const KNOWN_REASONS = ['not_received', 'not_as_described', 'damaged'];

/** The Fluent key of a dispute reason code; unknown codes get the generic text. */
export function reasonKey(reason: string): string {
  return KNOWN_REASONS.includes(reason) ? `dispute-reason-${reason}` : 'dispute-reason-other';
}

export function isResolved(state: string): boolean {
  return state === 'resolved_buyer' || state === 'resolved_seller';
}

export type AnswerUrgency = 'overdue' | 'soon' | 'later' | 'none';

/** How urgent answering is: past the date, within two days, later, or no date. */
export function answerUrgency(answerBy: number | null, now: number): AnswerUrgency {
  if (answerBy === null) return 'none';
  if (answerBy <= now) return 'overdue';
  if (answerBy - now <= 2 * 86_400_000) return 'soon';
  return 'later';
}

/** Characters as the core counts them (Unicode scalar values, not UTF-16 units). */
export function charCount(s: string): number {
  return [...s].length;
}

/** What is wrong with an answer before it is sent, if anything. */
export function answerProblem(text: string, note: string): 'empty' | 'too-long' | 'note-too-long' | null {
  const body = text.trim();
  if (body === '') return 'empty';
  if (charCount(body) > MAX_ANSWER_CHARS) return 'too-long';
  if (charCount(note.trim()) > MAX_NOTE_CHARS) return 'note-too-long';
  return null;
}
