/* Lesson 5's chunk: its panel's check (diagnose-run.ts) and the error of a container that cannot start. */
import type { ContainerWords, ErrorRule } from './parse-errors';

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

/** The errors about one container (parse-errors.ts' containerErrors): no program to run (a CRLF script), restarting. */
export const containerWords: ContainerWords = {
  noProgram: ['container-exited', { variant: 'no-file' }],
  restarting: ['container-exited', { state: 'restarting', variant: 'restarting' }],
  stopped: ['container-exited', { state: 'stopped' }],
  runtime: ['container-exited', { variant: 'runtime' }],
};
