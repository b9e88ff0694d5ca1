import { attribute, flag, json, oneOf } from '@/lib/shared/contract';
import type { Message } from './engine/messages';
import type { Check, VerdictKind } from './engine/types';

/** "Check your work": what check-work.tsx and check-form.tsx render and check-work.island.ts (with check-work-panel.ts) reads. */
export const checkWorkTag = 'ld-check-work';

/** Every check a form can ask: a panel's step, or a question of the "can't reach it" path. */
export const checks = [
  'install',
  'run',
  'compose',
  'networks',
  'share',
  'volumes',
  'reach:running',
  'reach:published',
  'reach:listening',
  'reach:port-free',
] as const satisfies readonly Check[];
// Every Check is listed (a new step or question is a type error here until it is).
export type ListedCheck = (typeof checks)[number];
const everyCheckListed: Check extends ListedCheck ? true : never = true;
void everyCheckListed;

/** On each form: the check its paste is read for. */
export const checkForm = attribute('data-check', oneOf(checks));

/** In each form: the live region the answer goes into. */
export const checkResult = attribute('data-check-result', flag);

/** On the answer, written by the island: its kind (ok, partial, problem, unreadable), for styling and tests. */
export const checkKind = attribute('data-kind', oneOf<VerdictKind>(['ok', 'partial', 'problem', 'unreadable']));

/** A message of /check-messages.json: the engine's words (messages.ts), filled in the browser with the details of a diagnosis. */
export type CheckMessage = Message;
/** /check-messages.json (lib/content/site-files.ts writes it at build time): per check, the messages by key. */
export type CheckMessages = Record<string, Record<string, CheckMessage>>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optional = (value: unknown, ok: (v: unknown) => boolean) => value === undefined || ok(value);

function isCheckMessage(value: unknown): value is CheckMessage {
  if (!isRecord(value)) return false;
  const { title, explanation, fix, excerpt, commands } = value;
  return (
    typeof title === 'string' &&
    typeof explanation === 'string' &&
    optional(fix, (f) => typeof f === 'string') &&
    optional(excerpt, (e) => isRecord(e) && typeof e.file === 'string' && typeof e.text === 'string') &&
    optional(commands, (c) => Array.isArray(c) && c.every((x) => typeof x === 'string'))
  );
}

export function isCheckMessages(value: unknown): value is CheckMessages {
  return isRecord(value) && Object.values(value).every((own) => isRecord(own) && Object.values(own).every(isCheckMessage));
}

/** The file's JSON, checked on arrival (a stale cached file from an older deploy may not match). */
export const checkMessagesJson = json(isCheckMessages);
