/*
 * Builders for the three kinds of answer. Texts stay short: the island shows them in a live
 * region, and every byte here ships to the browser.
 */
import { maxChars } from './normalize';
import type { Details, DiagnosisId, Facts, Verdict } from './types';

export function problem(id: DiagnosisId, title: string, explanation: string, fix: string, commands: string[] = [], details?: Details): Verdict {
  return { kind: 'problem', id, title, explanation, fix, commands, ...(details && { details }), readAs: [] };
}

export function ok(id: DiagnosisId, title: string, explanation: string, details?: Details): Verdict {
  return { kind: 'ok', id, title, explanation, fix: '', commands: [], ...(details && { details }), readAs: [] };
}

/** "I can't read this as the output of …; paste the output of …", with what was seen instead. */
export function unreadable(command: string, accepts: string, facts?: Facts, reason?: string): Verdict {
  const seen = facts?.kinds.length ? `This is ${facts.kinds.join(' and ')}, which does not show what this check needs.` : '';
  const why = reason
    ? reason
    : facts?.long
      ? `This paste is too long to read whole (over ${maxChars >> 10} KB).`
      : facts?.cutJson
        ? 'The JSON is cut off: copy all of it, from the first [ or { to the last ] or }.'
      : facts?.foreign
        ? `This looks like the output of ${facts.foreign}.`
        : seen || 'It has none of the lines those commands print.';
  return {
    kind: 'unreadable',
    id: 'unreadable',
    title: `I can’t read this as the output of ${accepts}`,
    explanation: why,
    fix: `Paste the output of ${command}.`,
    commands: [command],
    readAs: [],
  };
}
