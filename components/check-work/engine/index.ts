/*
 * "Check your work" (issue 14): what the panel island imports (see README.md). Everything runs
 * in the browser on the pasted text; nothing is sent anywhere. The words are not here: the
 * build writes messages.ts into /check-messages.json, and the island fills the one that
 * messageKey(diagnosis) names with fillMessage(text, diagnosis.details).
 *
 *   import { checkWork, fillMessage, messageKey } from '@/components/check-work/engine';
 *   const diagnosis = await checkWork('run', pastedText);
 *   // .kind: 'ok' | 'problem' | 'unreadable'; .id; .details (variant, exitCode, lastLines, url, …)
 *
 * zod comes only with a paste that holds JSON (check.ts imports schemas.ts lazily).
 */
export { checkPaste, checkReach, checkWork } from './check';
export { fillMessage, messageKey } from './fill';
export type { ReachStepId } from './reach-steps';
export type { Check, Details, Diagnosis, DiagnosisId, Step, VerdictKind } from './types';
