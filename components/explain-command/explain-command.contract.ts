import { attribute, flag } from '@/lib/shared/contract';

/** "Explain a command": what explain-command.tsx renders and explain-command.island.ts reads. */
export const explainTag = 'ld-explain-command';

/** The form the learner submits. */
export const explainForm = attribute('data-explain-form', flag);

/** The field the command is pasted into. */
export const explainInput = attribute('data-explain-input', flag);

/** The live region the explanation is written into. */
export const explainOutput = attribute('data-explain-output', flag);
