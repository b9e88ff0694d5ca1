/*
 * cw117: the later Compose `up` stands (CONVENTIONS §2.0, §2.5 cw117): a start refused at a host port, then a later `up` whose
 * containers started. Read by lessons 7 and 8 (step-compose.ts settle) and the reach path's "Does the app listen?" (step-reach.ts
 * settle). Its own module, as later-run.ts for `docker run`, so lesson 5's run chunk does not carry it.
 */
import type { Part } from './read';

/**
 * Compose's `up` (also `start`, `restart`, `run`) by either name, after its global options (-f FILE, -p NAME, --env-file …). An option's
 * value never starts with `-`, so each word is read one way only (no backtracking over a long line of options).
 */
const composeStart =
  /^docker(?:-compose| compose)(?: +(?:-[fp]|--file|--project-name|--env-file|--profile|--project-directory) +[^\s-]\S*| +--?[\w-]+(?:=\S+)?)* +(?:up|start|restart|run)\b/;
/** A host port refused at a start (moby portmapper's `Bind for 0.0.0.0:5000 failed: port is already allocated`, `listen tcp 0.0.0.0:5000: bind: address already in use`, Docker Desktop's `Ports are not available: exposing port TCP …`, Windows' `only one usage of each socket address`). */
const portRefused = /port is already allocated|Ports are not available|address already in use|only one usage of each socket address/i;
/**
 * A container Compose started: v2's progress (docker/compose pkg/progress: `✔ Container x  Started`, `Running`, `Healthy`; printed after
 * ContainerStart returned, the host ports bound), v1's `Starting x ... done` (compose/parallel.py, after create and start; a refused start
 * is `... error`), or the container's own output under Compose's log prefix (v1 log_printer.py, v2 cmd/formatter/logs.go: `web-1  | …`).
 */
const started =
  /^\s*(?:[✔✓⠿]\s*)?Container [\w.-]+\s+(?:Started|Running|Healthy)\b|^\s*(?:Starting|Creating|Recreating) [\w.-]+ +\.\.\. +done\b|^\s*[\w.-]{1,100}\s+\|\s{0,4}\S/;
/** Compose's own failure lines (not a container's output under its prefix). */
const failed = /^\s*(?:Error response from daemon|ERROR:|Error:? )|\.\.\. +error\b|^\s*(?:[✘✗]\s*)?Container [\w.-]+\s+Error\b/;

/**
 * cw117: a Compose start refused at a host port, then a later `up` (or start) whose containers started, with nothing refused in it
 * or after it (a learner's notes: Docker Desktop's `Ports are not available: exposing port TCP 0.0.0.0:5000 …: address already in
 * use`, the ports changed, then `docker-compose up` with `Container docker_compose_example-web-1  Recreated` and Flask's start lines
 * under `web-1  |`): the refusal is past, the later state stands (CONVENTIONS §2.0, as cw43's later `docker run` for lesson 5). What the
 * later run shows answers (its project, where its app listens). Not at "Is port 8050 free?", where a port another program holds stays.
 */
export function upAfterRefusal(list: Part[]): string[] | undefined {
  const at = list.findLastIndex(
    (p) => p.cmd.length < 2000 && composeStart.test(p.cmd) && p.lines.some((l) => l.length < 2000 && started.test(l)),
  );
  if (at <= 0) return undefined;
  const own = (l: string) => !/^\s*[\w.-]{1,100}\s+\|/.test(l);
  const later = list.slice(at).flatMap((p) => [p.cmd, ...p.lines].filter((l) => l.length < 2000));
  const past =
    !later.some((l) => portRefused.test(l) || (own(l) && failed.test(l))) &&
    list
      .slice(0, at)
      .some((p) => p.cmd.length < 2000 && composeStart.test(p.cmd) && p.lines.some((l) => l.length < 2000 && portRefused.test(l)));
  return past ? list[at]!.lines.filter((l) => l.length < 2000 && started.test(l)) : undefined;
}

/** Whether one of those lines is of a container of service `name`: v1's `x_web_1`, v2's `x-web-1`, 2.2x's `web-1`, or container_name's. */
export function startedService(lines: string[], name: string): boolean {
  const re = new RegExp(`(?:^|[\\s_-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[_-]\\d{1,3})?(?=[\\s|]|$)`);
  return lines.some((l) => re.test(l));
}
