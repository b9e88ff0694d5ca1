/*
 * cw130 (stop 46): an argument parser's refusal under Compose's prefix of a service (`web-1  | `, v1's `web_1  | `, a container_name's
 * `bgutil-provider  | `, before 2.24 `dash-app-web-1  | `) is that service's own program refusing the command it was started with (a
 * start failure: compose-service-not-running), never Docker's CLI refusing the learner's `docker compose` (compose-not-installed).
 * Each row is a paste a learner would make, built on a real program's refusal as a public issue thread shows it (`source`), under
 * either Compose's prefix, never a holdout's paste itself. Rows whose id starts "guard" are Docker's own refusals, with no prefix:
 * their answers must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };

const down: [string, string] = ['problem', 'compose-service-not-running'];
/** Docker's own parser without the Compose plugin (compose-errors.ts unknownFlag, cw40): the guards' answer. */
const notInstalled: [string, string] = ['problem', 'compose-not-installed'];
/** Compose's prefix on each line: v2's `web-1  | ` (docker/compose cmd/formatter/logs.go), v1's `web_1  | `, or any container's name. */
const prefix = (name: string, text: string) => text.replace(/^/gm, `${name}  | `);
/** Compose's command for the prefix's version: v1's names join with `_` (`web_1`), v2's with `-`. */
const compose = (name: string) => (name.includes('_') ? 'docker-compose' : 'docker compose');
/** `up` attached to the service: its lines under the prefix, then Compose's exit line (v1 names the whole container). */
const up = (name: string, lines: string, code: number) =>
  `$ ${compose(name)} up\nAttaching to ${name}\n${prefix(name, lines)}\n${name.includes('_') ? `dash-app_${name}` : name} exited with code ${code}`;
/** `logs web`: the service's lines only, no exit line (a copy of the refusal alone, or with its usage). */
const logs = (name: string, lines: string) => `$ ${compose(name)} logs web\n${prefix(name, lines)}`;

const rows: Row[] = [
  {
    source:
      'spf13/cobra command.go `Error: unknown flag: --%s` then its usage template (`Usage:`, `  {{.UseLine}}` with " [flags]", `Flags:`), as cobra programs refuse a flag in a container (d-Rickyy-b/certstream-server-go#101)',
    check: 'compose',
    want: down,
    id: 'cobra-unknown-flag-v2-up',
    text: up(
      'web-1',
      'Error: unknown flag: --listen\nUsage:\n  dash-server [flags]\n\nFlags:\n  -a, --addr string   address to serve on (default ":8050")\n  -h, --help          help for dash-server',
      1,
    ),
  },
  {
    source: "spf13/cobra's `Error: unknown shorthand flag: 'c' in -config` alone (the usage left out of the copy), v1's prefix",
    check: 'compose',
    want: down,
    id: 'cobra-unknown-shorthand-v1-logs-alone',
    text: logs('web_1', "Error: unknown shorthand flag: 'c' in -config"),
  },
  {
    source:
      'd-Rickyy-b/certstream-server-go#101: cobra\'s `Error: unknown command "/app/config/config.yaml" for "certstream-server-go"`, `Run \'certstream-server-go --help\' for usage.`',
    check: 'compose',
    want: down,
    id: 'cobra-unknown-command-v1-up',
    text: up(
      'web_1',
      'Error: unknown command "/app/config/config.yaml" for "certstream-server-go"\nRun \'certstream-server-go --help\' for usage.',
      1,
    ),
  },
  {
    source:
      'spf13/cobra under colour codes and their debris (Compose colours each prefix: `\\x1b[36mweb-1  |\\x1b[0m`, a copy that lost the ESC byte: `[36mweb-1  | [0m`)',
    check: 'compose',
    want: down,
    id: 'cobra-unknown-flag-colour-debris',
    text: '$ docker compose logs web\n\x1b[36mweb-1  |\x1b[0m Error: unknown flag: --port\n[36mweb-1  | [0mUsage:\n[36mweb-1  | [0m  dash-server [flags]',
  },
  {
    source: 'spf13/cobra under Compose before 2.24, its prefix the whole container name (`dash-app-web-1  | `)',
    check: 'compose',
    want: down,
    id: 'cobra-unknown-flag-pre-2-24-prefix',
    text: `$ docker compose logs\n${prefix('dash-app-web-1', 'Error: unknown flag: --bind\nUsage:\n  dash-server [flags]')}`,
  },
  {
    source:
      "Budibase/budibase#16001: urfave/cli's `Incorrect Usage: flag provided but not defined: -console-address` and its NAME/USAGE help, under `minio-service-1  | `",
    check: 'compose',
    want: down,
    id: 'urfave-incorrect-usage-v2-up',
    text: up(
      'web-1',
      'Incorrect Usage: flag provided but not defined: -console-address\n\nNAME:\n  minio server - start object storage server\n\nUSAGE:\n  minio server [FLAGS] DIR1 [DIR2..]',
      1,
    ),
  },
  {
    source: "tobychui/zoraxy#1056: Go's flag package `flag provided but not defined: -webfm` (flag.go failf), then `Usage of %s:`",
    check: 'compose',
    want: down,
    id: 'goflag-not-defined-v1-up',
    text: up(
      'web_1',
      'flag provided but not defined: -webfm\nUsage of /opt/zoraxy/zoraxy:\n  -port string\n    \tListening port (default ":8000")',
      2,
    ),
  },
  {
    source: "tobychui/zoraxy#1056: Go's flag package's refusal alone under v2's prefix (`docker compose logs`)",
    check: 'compose',
    want: down,
    id: 'goflag-not-defined-v2-logs-alone',
    text: logs('web-1', 'flag provided but not defined: -webfm'),
  },
  {
    source: "portainer/portainer#1611: alecthomas/kingpin's `portainer: error: unknown short flag '-c', try --help` (Application.Fatalf)",
    check: 'compose',
    want: down,
    id: 'kingpin-unknown-short-flag-v1',
    text: up('web_1', "portainer: error: unknown short flag '-c', try --help", 1),
  },
  {
    source: "pyouroboros/ouroboros#52: argparse's usage then `main.py: error: unrecognized arguments: --metrics-port 5000`",
    check: 'compose',
    want: down,
    id: 'argparse-unrecognized-v2',
    text: up(
      'web-1',
      'usage: main.py [-h] [--metrics-addr METRICS_ADDR] [--metrics-port METRICS_PORT]\nmain.py: error: unrecognized arguments: --metrics-port 5000',
      2,
    ),
  },
  {
    source:
      "pallets/flask#4986: click's `Usage: flask run [OPTIONS]`, `Try 'flask run --help' for help.`, `Error: No such option: --debug (Possible options: --debugger, --no-debugger)`",
    check: 'compose',
    want: down,
    id: 'click-no-such-option-v1',
    text: up(
      'web_1',
      "Usage: flask run [OPTIONS]\nTry 'flask run --help' for help.\n\nError: No such option: --debug (Possible options: --debugger, --no-debugger)",
      2,
    ),
  },
  {
    source:
      "Brainicism/bgutil-ytdlp-pot-provider#261: commander.js' `error: unknown option '--host'`, `(Did you mean --port?)` under a container_name's prefix",
    check: 'compose',
    want: down,
    id: 'commander-unknown-option-container-name',
    text: "$ docker compose up\n ✔ Image brainicism/bgutil-ytdlp-pot-provider Pulled\nAttaching to bgutil-provider\nbgutil-provider  | error: unknown option '--host'\nbgutil-provider  | (Did you mean --port?)\nbgutil-provider exited with code 1",
  },
  {
    source:
      "Findomain/Findomain#157: clap 2's `error: Found argument '/bin/bash' which wasn't expected, or isn't valid in this context`, `USAGE:`",
    check: 'compose',
    want: down,
    id: 'clap-found-argument-v1',
    text: up(
      'web_1',
      "error: Found argument '/bin/bash' which wasn't expected, or isn't valid in this context\n\nUSAGE:\n    findomain [FLAGS] [OPTIONS]\n\nFor more information try --help",
      1,
    ),
  },
  {
    source: "spf13/cobra `Error: unknown flag: --listen` with its usage under v2's prefix, at the networks step (lesson 7's web)",
    check: 'networks',
    want: down,
    id: 'cobra-unknown-flag-v2-networks',
    text: logs('web-1', 'Error: unknown flag: --listen\nUsage:\n  dash-server [flags]'),
  },
  {
    source:
      'LAION-AI/Open-Assistant#1179: `docker compose up --build` answered `unknown flag: --build` (docker without the Compose plugin)',
    check: 'compose',
    want: notInstalled,
    id: 'guard-docker-compose-up-unknown-flag',
    text: '$ docker compose up --build\nunknown flag: --build',
  },
  {
    source:
      "GiuseppeGalilei/Unifi-Network-Application#5: `unknown shorthand flag: 'd' in -d` then `See 'docker --help'.` (docker's own parser)",
    check: 'compose',
    want: notInstalled,
    id: 'guard-docker-compose-up-d-shorthand',
    text: "$ docker compose up -d\nunknown shorthand flag: 'd' in -d\nSee 'docker --help'.",
  },
  {
    source: "FAI-CIVL/FAI-Airscore#107: `docker compose -f docker-compose-dev.yml up` answered `unknown shorthand flag: 'f' in -f`",
    check: 'compose',
    want: notInstalled,
    id: 'guard-docker-compose-f-shorthand',
    text: "$ docker compose -f docker-compose-dev.yml up\nunknown shorthand flag: 'f' in -f\nSee 'docker --help'.",
  },
  {
    source: "docker/cli's plugin manager without Compose: `docker: 'compose' is not a docker command.`",
    check: 'compose',
    want: notInstalled,
    id: 'guard-compose-not-a-docker-command',
    text: "$ docker compose up\ndocker: 'compose' is not a docker command.\nSee 'docker --help'",
  },
  {
    source: "searxng/searxng-docker#223: docker's own refusal at the networks step (`unknown shorthand flag: 'd' in -d`)",
    check: 'networks',
    want: notInstalled,
    id: 'guard-networks-docker-compose-d-shorthand',
    text: "$ docker compose up -d\nunknown shorthand flag: 'd' in -d\nSee 'docker --help'.",
  },
];

describe('cw130 an argument parser refusing under Compose prefix is the service', () => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    if (want === 'not ok') expect(d.kind).not.toBe('ok');
    else expect([d.kind, d.id]).toEqual(want);
  });
});
