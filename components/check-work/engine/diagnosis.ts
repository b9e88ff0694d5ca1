/* Building a Diagnosis: its kind follows from its id, and it carries data only. */
import type { Details, Diagnosis, DiagnosisId } from './types';

const fine: DiagnosisId[] = ['healthy', 'published-on-loopback', 'app-listens-on-all'];

export const d = (id: DiagnosisId, details: Details = {}): Diagnosis => ({
  kind: id === 'unreadable' ? id : fine.includes(id) ? 'ok' : 'problem',
  id,
  details,
});
