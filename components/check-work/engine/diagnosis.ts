/* Building a Diagnosis: its kind follows from its id, and it carries data only. */
import type { Details, Diagnosis, DiagnosisId } from './types';

const fine: DiagnosisId[] = ['healthy', 'published-on-loopback', 'app-listens-on-all'];

/** What shows part of a step and nothing wrong; it does not mark progress. */
const part: DiagnosisId[] = ['shows-part'];

export const kindOf = (id: DiagnosisId): Diagnosis['kind'] =>
  id === 'unreadable' ? id : fine.includes(id) ? 'ok' : part.includes(id) ? 'partial' : 'problem';

export const d = (id: DiagnosisId, details: Details = {}): Diagnosis => ({
  kind: kindOf(id),
  id,
  details,
});
