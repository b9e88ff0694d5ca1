import { attribute, json } from '@/lib/shared/contract';
import type { DrillSpec } from './drill-check';

/* A drill (drill.tsx): what the server writes and drill.island.ts reads. */
export const drillTag = 'ld-drill';

export type DrillData = DrillSpec & { id: string };

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isDrillData(value: unknown): value is DrillData {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.answer !== 'string') return false;
  if (value.optional !== undefined && !isStrings(value.optional)) return false;
  if (value.also !== undefined && !isStrings(value.also)) return false;
  if (value.taken === undefined) return true;
  const taken = value.taken;
  return (
    isRecord(taken) &&
    (taken.names === undefined || isStrings(taken.names)) &&
    (taken.ports === undefined || (Array.isArray(taken.ports) && taken.ports.every((p) => typeof p === 'number')))
  );
}

/** The drill's id and what its answer is checked against. */
export const drillData = attribute('data-drill', json(isDrillData));
/** Set by the island on the model answer's disclosure once it may be opened (after two wrong tries). */
export const revealable = 'data-revealable';
