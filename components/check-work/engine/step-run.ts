/* Lesson 5's chunk: its panel's check (diagnose-run.ts) and the error of a container that cannot start. */
import type { ContainerWords, ErrorRule } from './parse-errors';
import type { LogLineReader } from './parse-logs';
import { startFailure } from './start-failures';
import { bindErrors, clientReply } from './host-clients';

export { diagnoseRun as check } from './diagnose-run';

/**
 * The image's program is not there (a CMD written as one string, a typo): runc "exec: "x": executable file not found in $PATH",
 * crun "executable file `x` not found in $PATH", Docker 1.x "Container command 'x' not found". Not docker exec's `OCI runtime exec
 * failed: exec failed: … exec: "bash": executable file not found in $PATH` (moby daemon/exec.go): the container runs, the image
 * has no such shell. Not the client's credential helper (`exec: "docker-credential-desktop": executable file not found in
 * $PATH`, parse-errors.ts' containerErrors.credentials): no container was made. The same rule is Compose's in compose-errors.ts,
 * written twice because a value shared by two lazy chunks would be a chunk of its own.
 */
export const errors: ErrorRule[] = [
  [
    /^(?!.{0,200}\bexec failed).{0,2000}?(?<!docker-credential-[\w.-]{1,60}"?:? )executable file (?:\S{1,200} )?not found in \$PATH|Container command .{0,200}not found/,
    'container-exited',
    undefined,
    { variant: 'start-failed' },
  ],
  // cw33: a program on the host that cannot bind its port (host-clients.ts).
  ...bindErrors,
];

/** cw33: what a client got at the host's port (nc, telnet, an HTTP answer; host-clients.ts). */
export const readers = [clientReply];

/** The errors about one container (parse-errors.ts' containerErrors): no program to run (a CRLF script), restarting. */
export const containerWords: ContainerWords = {
  noProgram: ['container-exited', { variant: 'no-file' }],
  restarting: ['container-exited', { state: 'restarting', variant: 'restarting' }],
  stopped: ['container-exited', { state: 'stopped' }],
  gpu: ['container-exited', { variant: 'gpu' }],
  runtime: ['container-exited', { variant: 'runtime' }],
  credentials: ['image-not-found', { variant: 'credentials' }],
};

/**
 * Docker's warning of an amd64 image on an arm host (`WARNING: The requested image's platform (linux/amd64) does not match the
 * detected host platform (linux/arm64/v8) …`), and a board named in the paste (a Raspberry Pi, a Jetson): Docker Desktop on a
 * Mac emulates amd64, a board's Docker Engine does not (fletchto99/nicotine-plus-docker#9: "The container then exists but does
 * not work. I am using a Raspberry Pi 5."). On a Mac the warning followed by a failure, the emulated program dying (`container
 * status Exited (255)`, wyveo/nginx-php-fpm#14; 139, a segfault; qemu's `uncaught target signal`), is the image's platform too;
 * the warning alone there shows only that an emulated container started (memgraph/memgraph#217: "Memgraph works normally").
 */
export const logLine: LogLineReader = (text, facts, key) => {
  startFailure(text, facts, key);
  const arm = (facts.armHost ??= {});
  arm.warned ||= /does not match the detected host platform \(linux\/arm/.test(text);
  arm.board ||= /Raspberry ?Pi|\bPi [2-5]\b|Jetson/i.test(text);
  arm.failed ||= /\bExited \((?:255|139)\)|\bexit(?:ed with)? code:? (?:255|139)\b|qemu: uncaught target signal/i.test(text);
};
