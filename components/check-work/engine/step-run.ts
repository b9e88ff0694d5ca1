/* Lesson 5's chunk: its panel's check (diagnose-run.ts) and the error of a container that cannot start. */
import type { ErrorRule, NoProgram } from './parse-errors';

export { diagnoseRun as check } from './diagnose-run';

/**
 * The image's program is not there (a CMD written as one string, a typo): runc "exec: "x": executable file not
 * found in $PATH", crun "executable file `x` not found in $PATH", Docker 1.x "Container command 'x' not found".
 */
export const errors: ErrorRule[] = [
  [
    /executable file (?:\S{1,200} )?not found in \$PATH|Container command .{0,200}not found/,
    'container-exited',
    undefined,
    { variant: 'start-failed' },
  ],
];

/** A container that finds no program to run (parse-errors.ts' noProgram): a script with CRLF line endings, a wrong path. */
export const noProgram: NoProgram = ['container-exited', { variant: 'no-file' }];
