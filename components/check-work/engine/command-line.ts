/*
 * A pasted command line read with the course's one model of the Docker CLI (lib/shared/shell
 * lexer, lib/shared/docker-cli parser, on branch `cli`): what `docker run` was asked for (its
 * -p, --name, -d, image) and which container `docker port` / `docker logs` named. A lazy chunk
 * of its own, loaded only when a paste holds a docker command line (check.ts): the model is the
 * largest part of the checker and most pastes do not need it.
 *
 * Wrapped here rather than added to the model: `commandLines()` turns the parser's flags into
 * the few facts the checks use, and treats a container ID (hex) as "some container".
 */
import { parseDockerCommand } from '@/lib/shared/docker-cli/parse';
import { parsePortMapping } from '@/lib/shared/docker-cli/values';
import { commandWords, lexShell, type SimpleCommand } from '@/lib/shared/shell/words';
import type { Part } from './read';
import type { CommandLine, Container, Port } from './types';

/** One simple command of a lexed line (commandLines lexes the line once for all of its list's commands). */
function commandLine(command: SimpleCommand | undefined): CommandLine | undefined {
  const words = commandWords(command?.words ?? []);
  if (!/^docker(?:-compose)?(?:\.exe)?$/.test(words[0]?.value ?? '')) return undefined;
  // cw116: `docker pause` / `docker container pause` (docker/cli cli/command/container/pause.go: `pause CONTAINER [CONTAINER...]`, no
  // flag of its own, each name printed back), which the course's CLI model does not hold: the containers it names, as a stop's
  // (targets; diagnose-container.ts endedByHand: the learner froze it, its `(Paused)` says nothing failed). `unpause` undoes it, as a
  // start undoes a stop (its first container, by name or ID).
  const pause = /^(?:container )?(un)?pause$/.exec(
    words
      .slice(1, 3)
      .map((w) => w.value)
      .join(' ')
      .replace(/^((?:un)?pause) .*/, '$1'),
  );
  if (pause && !/^docker-compose/.test(words[0]!.value)) {
    const named = words
      .slice(words[1]!.value === 'container' ? 3 : 2)
      .map((w) => w.value)
      .filter((w) => /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(w));
    const hex = (w?: string) => !!w && /^[0-9a-f]{12,64}$/.test(w);
    const line: CommandLine = {
      command: pause[1] ? 'container unpause' : 'container pause',
      publish: [],
      publishAll: false,
      detach: false,
      hasCommand: false,
    };
    if (!pause[1]) line.targets = named;
    else if (hex(named[0])) line.id = named[0];
    else line.name = named[0];
    return line;
  }
  const parsed = parseDockerCommand(words.map((w) => ({ ...w, value: w.value.replace(/\.exe$/, '') })));
  const path = parsed.command?.path ?? '';
  const flag = (long: string) => parsed.flags.filter((f) => f.flag.long === long);
  // cw81: a -p whose host port is a word, not a number nor a shell variable (ddps-lab/jupyter-notebook#1's `-p 포트번호:8888`, "port
  // number"; `-p <port>:80`, `-p PORT:8888`, `{host_port}:5000`): a template the poster wrote for readers to fill in, below the line
  // they ran. Docker itself refuses it (docker/go-connections nat.ParsePortSpec: "invalid hostPort"), so it is no run that stands.
  if (
    flag('publish').some(
      (f) => /^(?!localhost:)[^:$]*\p{L}[^:$]*:\d{1,5}(?:\/\w{3,4})?$/u.test(f.value ?? '') && !parsePortMapping(f.value!),
    )
  )
    return undefined;
  const arg = (role: string) => parsed.args.find((a) => a.role === role)?.value;
  // A host port the shell fills in (`-p $PORT:80`, `-p ${PORT:-8080}:80`, `-p 127.0.0.1:$HOST_PORT:80`) is not known from the
  // line, but the container port is, and something is published: read as a host port left to Docker (`-p 80`), never as no -p.
  const variableHost = /^((?:[^:$]*:)?)(?:\$\{[^}]*\}|\$\w+)(?=:)/;
  const publish: Port[] = flag('publish').flatMap((f) => {
    const m = f.value ? (parsePortMapping(f.value) ?? parsePortMapping(f.value.replace(variableHost, '$1'))) : null;
    if (!m) return [];
    return [
      {
        ip: m.hostIp ?? '',
        host: Number(m.hostPort?.split('-')[0]) || 0,
        container: Number(m.containerPort.split('-')[0]),
        proto: m.protocol,
      },
    ];
  });
  // cw39: only a name Docker accepts (moby daemon/names/names.go RestrictedNameChars `[a-zA-Z0-9][a-zA-Z0-9_.-]`, "Invalid container
  // name"): a placeholder the poster left in (`--name {myBuildName}`, `<name>`, dylanlindgren/docker-laravel-nginx#5) names nothing.
  // cw62: `docker inspect NAME` and `docker container inspect NAME`, which the CLI model leaves without the object it names (Korean
  // notes, stored file 36580967701: `docker container inspect sample` after `docker container run -itd --name=sample`): the first
  // word that is neither an option nor an option's value (docker/cli cli/command/container/inspect.go: -f/--format, -s/--size, --type).
  const inspect = /^(?:container )?inspect$/.test(
    words
      .slice(1, 3)
      .map((w) => w.value)
      .join(' ')
      .replace(/^(inspect) .*/, '$1'),
  );
  const object = inspect
    ? words
        .slice(words[1]?.value === 'container' ? 3 : 2)
        .map((w) => w.value)
        .find((w, i, all) => !w.startsWith('-') && !/^(?:-f|--format|--type)$/.test(all[i - 1] ?? ''))
    : undefined;
  const typed = flag('name')[0]?.value ?? arg('container') ?? object;
  const named = typed && /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(typed) ? typed : undefined;
  return {
    command: inspect ? 'container inspect' : path,
    name: named && /^[0-9a-f]{12,64}$/.test(named) ? undefined : named,
    id: named && /^[0-9a-f]{12,64}$/.test(named) ? named : undefined,
    image: arg('image'),
    publish,
    publishAll: flag('publish-all').length > 0,
    // cw192 (stop 59): `--expose` (docker/cli cli/command/container/opts.go, `flags.Var(&copts.expose, "expose", "Expose a port or a
    // range of ports")`): a port only marked exposed, nothing published on the host (reach.ts: a try of its own).
    ...(flag('expose').length ? { expose: true } : {}),
    detach: flag('detach').length > 0,
    // `--network host` (`--net=host`): Docker discards -p and -P there ("WARNING: Published ports are discarded when using host
    // network mode", docker/docs' host network driver page), and on Docker Desktop the host is its VM (docker/for-mac#2716).
    hostNetwork: [...flag('network'), ...flag('net')].some((f) => f.value === 'host'),
    // cw97: the user-defined network a run joins (`--network todo-app`, `--net=my_net`) or `docker network create|connect` names
    // (docker/cli cli/command/network/create.go: its one NAME argument): made by hand, unless it is Compose's `<project>_<key>`
    // (diagnose-compose.ts decides). Not host, none or container:<name>, which are no network of anyone's project.
    network: /^network (?:create|connect)$/.test(path)
      ? arg('network')
      : [...flag('network'), ...flag('net')].map((f) => f.value ?? '').find((v) => v && !/^(?:host|none|container:.*)$/.test(v)),
    // `docker run ubuntu ls -la`: a command of its own, so not an app server the checks can judge.
    // cw106: words after the image that all start as options (`mysql --default-authentication-plugin=mysql_native_password`,
    // `postgres -c shared_buffers=256MB`, `redis --appendonly yes`) are the image's own server's flags: the official images'
    // entrypoints start their server with them (docker-library/mysql docker-entrypoint.sh: `if [ "${1:0:1}" = '-' ]; then set --
    // mysqld "$@"; fi`; postgres, redis, mongo alike), so no command of its own (docker-library/mysql#620's detached `--network=host`
    // run). Its first word decides, as the entrypoints' test does.
    hasCommand: parsed.args.some((a) => a.role === 'command') && !parsed.args.find((a) => a.role === 'command')!.value.startsWith('-'),
    // cw49: `docker run IMAGE -p 8050:8050 --name dash-app`: docker/cli stops reading its flags at the image (cobra's
    // SetInterspersed(false) in cli/command/container/run.go), so the rest is the container's command and nothing is published.
    addresses: path === 'container run' ? addressed(parsed.args.filter((a) => a.role === 'command').map((a) => a.value)) : undefined,
    afterImage: path === 'container run' ? lateOptions(parsed.args.filter((a) => a.role === 'command').map((a) => a.value)) : undefined,
    // cw98: every container a stop, kill or rm names (`docker stop 9b bf`, `docker rm -f web db`); `$(docker ps -q)` names every one
    // running, `$(docker ps -aq)` every one (diagnose-container.ts endedByHand).
    targets: /^container (?:stop|kill|rm)$/.test(path)
      ? parsed.args
          .filter((a) => a.role === 'container')
          .map((a) => (/^\$\(docker (?:container )?(?:ps|ls)\b[^)]*-\w*q/.test(a.value) ? '*' : a.value))
      : undefined,
  };
}

/** cw170 (stop 56): the host names a run's own command words address (CommandLine.addresses): a URL's host, `name:port`, a bare name. */
function addressed(words: string[]): string[] | undefined {
  const hosts = words.flatMap((w) => {
    const m = /^(?:[a-z][a-z0-9+.-]{0,15}:\/\/)?([a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}?)(?::\d{1,5})?(?:\/\S*)?$/.exec(w);
    return m && !w.startsWith('-') ? [m[1]!] : [];
  });
  return hosts.length ? hosts : undefined;
}

/** What follows the image when docker run's own -p/--publish, -P or --name is among it (a learner's options in the wrong place). */
function lateOptions(words: string[]): string[] | undefined {
  // The words themselves, for the message (the first eight: a command of the app's own may follow).
  // An option first (`docker run ubuntu ls -p` is ls's own -p), docker run's -p, -P or --name among them.
  // cw73: or another of docker run's own long options that no app shares (docker/cli cli/command/container/opts.go: --env-file,
  // --restart, --rm, --detach, --mount, --volumes-from, --add-host, --cap-add, --security-opt; AppDaemon/appdaemon#1607's
  // `acockburn/appdaemon:latest --env-file /home/ubuntu/…/.env -v /etc/localtime:/etc/localtime:ro -d -v …:/conf`): the same
  // misplacement, whose -p, if any, went to the app too.
  const own = (w: string) =>
    /^(?:-p\d|-p$|--publish(?:=|$)|-P$|--publish-all$|--name(?:=|$)|--env-file(?:=|$)|--restart(?:=|$)|--rm$|--detach$|--mount(?:=|$)|--volumes-from(?:=|$)|--add-host(?:=|$)|--cap-add(?:=|$)|--security-opt(?:=|$))/.test(
      w,
    );
  // cw115: and docker run's -e/--env with its KEY=VALUE (docker/cli opts.go `flags.VarP(&copts.env, "env", "e", …)`, opts/env.go
  // ValidateEnv: a variable's name, `=`, its value): a server's own -e takes no assignment (Apache httpd's is a log level), so
  // `myimg:0 -e APP_NAME=myapp -e APP_KEY=…` is the learner's environment gone to the app (docker-library/php#1159).
  const env = (w: string, i: number) =>
    (/^(?:-e|--env)$/.test(w) && /^[A-Za-z_][A-Za-z0-9_]{0,100}=/.test(words[i + 1] ?? '')) ||
    /^--env=[A-Za-z_][A-Za-z0-9_]{0,100}=/.test(w);
  return words[0]?.startsWith('-') && words.some((w, i) => own(w) || env(w, i)) ? words.slice(0, 8) : undefined;
}

/**
 * cw146 (stop 50): a command line and the docker commands its list chains after the first, each a command of its own: bash(1)'s
 * "Lists" (`&&` runs the next when the last succeeded, `||` when it failed, `;` after it in any case), as lib/shared/shell/words.ts
 * lexShell splits them (its `next` operator). A build then its run (`docker build -t img dir/ && docker run -d img …`) ran both; a
 * pipe's later command reads the earlier one's output (`docker ps | grep app`) and is no docker command of its own here. The first
 * is undefined when it is no docker command (`cd app && docker run …`), so the first of the list stays the line's own.
 */
export function commandLines(cmd: string): [CommandLine | undefined, ...CommandLine[]] {
  const { commands } = lexShell(cmd.length < 2000 ? cmd : cmd.slice(0, 2000));
  const first = commandLine(commands[0]);
  const more: CommandLine[] = [];
  for (let k = 1; k < commands.length && k < 20; k++) {
    if (!/^(?:&&|\|\||;)$/.test(commands[k - 1]!.next)) continue;
    const line = commandLine(commands[k]);
    if (line) more.push(line);
  }
  return [first, ...more];
}

/**
 * cw34: a `docker run` told in a sentence, when the paste has no command line of its own (check.ts): in double quotes (nginx/
 * docker-nginx#49: `First try with "docker run --name ngx1 -d nginx".`), or options and an image that end the line
 * (oegedijk/explainerdashboard#132: `After running  docker run -p 9050:9050 explainerdashboard`): what the learner ran.
 * cw37: or in a Markdown code span (CommonMark's backticks; mikeizbicki/cmc-csci143#634: ``when I run `docker run -d -p 1033:5000
 * flask-tutorial:ubuntu` it outputs: `c57e0e13…` ``).
 * cw40: after sudo too, the span's closing space kept (hmlio/vaas-cve-2014-0160#1: ``i ran it with `sudo docker run -d -p 8443:443
 * hmlio/vaas-cve-2014-0160 ` and nothing``).
 */
// cw41: also behind the prompt and sudo typed into the span (hemberg-lab/scRNA.seq.course#188: `` `$ docker run --user root -e
// GRANT_SUDO=yes <imageID>` ``), and after a label and the prompt, the rest of the line (docker/for-mac#645: `4. Run command: **$ sudo
// docker run -d nginx /usr/sbin/nginx -g "daemon off;"**`, its bold removed by normalize.ts).
// cw43: or a Markdown blockquote of it, in a code span or not (CommunitySolidServer/CommunitySolidServer#939: ``> `docker run --rm
// -p 3000:3000 -it css:latest -c config/default.json` ``, its closing backtick dropped by normalize.ts): the whole quoted line.
// cw48: a double-quoted one with a space inside its quotes and quoted values of its own (`-e BIND="127.0.0.1:8082"`;
// encode/starlette-docker#3: `the docker command  " docker run -p 80:8082 -e BIND="127.0.0.1:8082" --name snt_container snt_image"`),
// and a code span that ends the line without its closing backtick (normalize.ts drops one there; docker-library/docs' alpine#329:
// ``Command I run `sudo docker run -it --rm -v ~/Project/…:/app -p 4200:8080 node-build-env yarn run start` ``).
// cw77: in single quotes, straight or typographic, after a space (nextcloud/docker#622: `After running 'docker run -d -p 8080:80
// nextcloud' - no errors.`), the quote closed before a word could follow.
// cw188 (stop 58): options and an image ending the sentence with one word after the image, the container's command or its first
// argument (docker/cli cli/command/container/run.go NewRunCommand: `run [OPTIONS] IMAGE [COMMAND] [ARG...]`, flags.SetInterspersed(false),
// so every word after the image is the container's; monokal/docker-tinyproxy#11: `i user the cmd docker run -d --name='tinyproxy' -p
// 8888:8888 dannydirect/tinyproxy:latest ANY`, ANY the allowed network its entrypoint reads). And in square brackets, ASCII or the
// full-width lenticular ones of Chinese and Japanese prose, with no space before them (docker/hub-feedback#1443: `according to the demo of the document [docker
// run --rm -itd --network host --name my_nginx nginx] but …`), as cw77's quotes; not a Markdown link's text (`](`).
const toldRun =
  /^>\s{0,4}`?(?:\$ )?(?:sudo )?(docker (?:container )?run \S[^`]{0,300}?)`?\s*$|["“]\s?(?:sudo )?(docker (?:container )?run (?:[^"”]|(?<==)"[^"\s]{0,200}"){1,300}?)\s?["”](?![\w"])|(?:^|[\s(])['‘]\s?(?:sudo )?(docker (?:container )?run [^'’]{1,300}?)\s?['’](?![\w'])|`\s?(?:\$ )?(?:sudo )?(docker (?:container )?run [^`]{1,300})(?:`|\s*$)|(?:^|\s)[_*]{1,3}(?:sudo )?(docker (?:container )?run [^_*\n]{1,300}?)[_*]{1,3}(?=[\s.,;:!?)]|$)|\w:\s{1,4}\$ (?:sudo )?(docker (?:container )?run \S.{0,300}?)\s*$|(?:^|\s)(?:sudo )?(docker (?:container )?run (?:-[\w-]+(?:[ =][^-\s]\S*)? ){1,12}[\w./:-]+(?:(?: -[\w-]+(?:[ =][^-\s]\S*)?){1,12}(?: [\w./:-]+)?| [\w./:-]+)?)[.,;]?\s*$|(?:(?:^|[\s(])\[|【)\s?(?:\$ )?(?:sudo )?(docker (?:container )?run [^\]】\n]{1,300}?)\s?[\]】](?!\()/;

// cw124: or in Markdown emphasis (CommonMark's `_…_`, `*…*`, and their bold, normalize.ts leaving the innermost: a README's "I then
// ran **_docker run -p 5001:5001 --platform linux/amd64 image_** and this successfully ran"), up to the emphasis' closing mark.
// cw62: a code span with a space after its opening backtick (orbstack/orbstack#1124: `` ` docker run -d --restart=always
// --name="portainer" -p 9000:9000 …` ``), and options typed after the image in a sentence that ends with the line (ollama/ollama#1671:
// `command is docker run -e OLLAMA_HOST=0.0.0.0:11434 -d -v ollama serve -p 11434:11434 --name ollama ollama/ollama`: `serve` is the
// image, cw49's options after it), only options after the image and one word at the end, never a sentence's words.
// cw159 (stop 53): or options and an image in a sentence that goes on to introduce what it printed, the line ending in a colon
// (docker/compose#5645: "When i try to run that image by docker run -p 4200:4200 nitikishu/sampledocker I am getting this msg:"): the
// run line up to its image, the writer's words after it no option (docker/cli run.go reads the first word that is no flag as the image).
const toldRunLead =
  /(?:^|\s)(?:sudo )?(docker (?:container )?run (?:-[\w-]+(?:[ =][^-\s`'"]\S*)? ){1,12}[\w./:-]+)\s+[^-\s`'"“‘][^`'"“”‘’]{0,100}?[:：]\s*$/;
export const toldRuns = (lines: string[]): string[] =>
  lines.flatMap((l) => (l.length < 500 && (toldRun.exec(l) ?? toldRunLead.exec(l))?.slice(1).find(Boolean)) || []);

/**
 * The paste's command lines in order (each part's, then the runs told in sentences: toldRuns), each read with what its output tells
 * of it (check.ts puts them in the facts): where it stands, whether it ends the paste, a stop or rm Docker refused, the containers a
 * Compose down removed, and the container a foreground run's exit status says stopped on its own (`exited`).
 */
export function commandsOf(list: Pick<Part, 'cmd' | 'lines'>[], told: string[]): { commands: CommandLine[]; exited: Container[] } {
  const commands: CommandLine[] = [];
  const exited: Container[] = [];
  for (const [i, cmd] of [...list.map((p) => p.cmd), ...told].entries()) {
    const [line, ...chained] = cmd ? commandLines(cmd) : [];
    // cw146 (stop 50): the docker commands a list chains after the first (`docker build -t img dir/ && docker run -d img …`), each a
    // command of its own (command-line.ts commandLines), read as the line's, in their order.
    for (const more of chained) if (i < list.length) more.at = i;
    // cw92: the paste's last line, nothing after it (dani-garcia/vaultwarden#2775's copy ends at `docker run valtwar`): it was typed,
    // what it did is not shown. A poster's question or thanks after it (`Any idea what I am doing wrong?`, `Thanks!`) is no output.
    if (line && i === list.length - 1 && !list[i]!.lines.some((l) => l.trim() && !/^[A-Z][^\n]{0,200}[?!]$/.test(l.trim())))
      line.endsPaste = true;
    // cw98: a stop, kill or rm that Docker refused (`Error response from daemon: You cannot remove a running container …`, `No such
    // container`) ended nothing (diagnose-container.ts endedByHand).
    if (line && i < list.length) line.at = i;
    if (line?.targets && list[i]?.lines.some((l) => /\bError\b|\bcannot (?:remove|stop|kill)\b/i.test(l))) line.refused = true;
    // cw151 (stop 51): Compose's down (or rm) names each container it removed in its progress: v1's `Removing x_web_1 ... done`
    // (compose/parallel.py parallel_execute's "Removing" message and its `done`), v2's `Container x-web-1  Removed` (pkg/compose/
    // down.go removeContainers: progress.RemovedEvent of getContainerProgressName, "Container " and the name). Those, and only those
    // it printed done, are the down's targets: removed, as a `docker rm`'s (diagnose-container.ts endedByHand), unless a row after it.
    if (line && /^compose (?:down|rm)$/.test(line.command) && i < list.length) {
      const removed = list[i]!.lines.flatMap((l) =>
        l.length > 400
          ? []
          : [
              /^\s*Removing ([\w.-]{1,128}) +\.\.\. done\s*$/.exec(l)?.[1] ??
                /^\s*[✔✓]?\s*Container ([\w.-]{1,128})\s+Removed\s*(?:[\d.]+s)?\s*$/.exec(l)?.[1],
            ].filter((n): n is string => !!n),
      );
      if (removed.length) line.targets = removed;
    }
    if (line) commands.push(line);
    commands.push(...chained);
    // cw155 (stop 52): a foreground `docker run` returns its container's exit status as its own (docker/cli cli/command/container/
    // run.go runContainer: `cli.StatusError{StatusCode: status}` from waitExitOrRemoved; docs.docker.com's run reference, "Exit
    // status": 125 the daemon's error, 126 and 127 the contained command not invoked or not found, else the contained command's), and
    // the shell tells it: ble.sh's `[ble: exit %d]` (its bleopt exec_errexit_mark, printed when a command exits non-zero), or the
    // learner's `echo $?` right after (bash's special parameter `?`, the last foreground pipeline's status). That container stopped on
    // its own with that code: an exited container of the line's name (none: Docker's own name, not shown). Not 125–127, which
    // Docker or the shell print in words of their own, nor a stop by hand (130 Ctrl-C, 137 kill, 143 SIGTERM; CONVENTIONS §1).
    if (line?.command === 'container run' && !line.detach && i < list.length) {
      // The poster's question or thanks after it (`Any idea what I am doing wrong?`, `Thanks!`: cw92's words) is no output.
      const last = list[i]!.lines.findLast((l) => l.trim() && !/^[A-Z][^\n]{0,200}[?!]$/.test(l.trim()))?.trim() ?? '';
      const next = list[i + 1];
      const echoed =
        next && /^echo +"?\$\?"?$/.test(next.cmd) && !list[i]!.lines.some((l) => l.trim())
          ? next.lines.find((l) => l.trim())?.trim()
          : undefined;
      const code = Number(/^\[ble: exit (\d{1,3})\]$/.exec(last)?.[1] ?? (/^\d{1,3}$/.test(echoed ?? '') ? echoed : 0));
      if (code > 0 && code < 256 && ![125, 126, 127, 130, 137, 143].includes(code))
        exited.push({ name: line.name ?? '', state: 'exited', exitCode: code });
    }
  }
  return { commands, exited };
}
