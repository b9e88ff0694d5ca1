/*
 * The only part of messages the island runs: which message tells a diagnosis, and filling its
 * {placeholders} from the details. `{name}` is the detail (lists joined with "and", a missing
 * detail gives nothing); `{?name:text}` is the text when the detail is there, else nothing;
 * the text may hold placeholders, e.g. `({state}{?exitCode:, exit code {exitCode}})`.
 * The result is plain text: put it into textContent, never innerHTML.
 */
import type { Details, Diagnosis } from './types';

/** The message of a diagnosis: its id, or id.variant (messages.ts has one per key and check). */
export const messageKey = ({ id, details }: Pick<Diagnosis, 'id' | 'details'>): string =>
  details.variant ? `${id}.${details.variant}` : id;

function show(details: Details, key: string): string {
  const v = (details as Record<string, unknown>)[key];
  return v == null ? '' : Array.isArray(v) ? v.join(' and ') : String(v);
}

export const fillMessage = (text: string, details: Details): string =>
  text
    .replace(/\{\?(\w+):((?:[^{}]|\{\w+\})*)\}/g, (_, key: string, part: string) => (show(details, key) ? part : ''))
    .replace(/\{(\w+)\}/g, (_, key: string) => show(details, key));
