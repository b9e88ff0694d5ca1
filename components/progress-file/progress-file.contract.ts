/* Export and import of progress (progress-file.tsx, progress-file.island.ts). */
export const progressFileTag = 'ld-progress-file';
export const exportButton = '[data-export]';
export const importInput = 'input[type=file]';
export const fileStatus = '[role=status]';
