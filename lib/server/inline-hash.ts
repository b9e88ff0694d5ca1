import { createHash } from 'node:crypto';

/** The CSP source (`'sha256-…'`) that allows exactly this inline script or speculation rules. */
export const inlineHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
