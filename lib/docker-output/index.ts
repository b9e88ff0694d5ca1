/*
 * "Check your work" (issue 14): the one entry the panel island imports. Everything runs in
 * the browser on the pasted text; nothing is sent anywhere.
 *
 *   import { checkWork, expectations } from '@/lib/docker-output';
 *   const verdict = checkWork('run', pastedText);
 *   // verdict.kind: 'ok' | 'problem' | 'unreadable'; verdict.title, .explanation, .fix, .commands
 */
export { checkWork } from './check';
export { checkReach } from './reach';
export { reachPath, type ReachStep, type ReachStepId } from './reach-steps';
export { expectations, runCommand, type StepExpectation } from './expectations';
export type { DiagnosisId, Details, Step, Verdict, VerdictKind } from './types';
