/**
 * Our own one-line explanations of the docker and docker compose commands and flags the course
 * uses, and their common neighbours, for a beginner. The names are checked against
 * reference.json (generated from the upstream sources) by model.test.ts, so a line can only be
 * written for a flag that exists; the wording is ours, never the upstream description.
 *
 * A flag's entry is either a line, or [value kind, line] when its value has a meaning the
 * explanations can spell out (a port mapping, a mount, a duration…). Flags with no entry still
 * exist in the model, with a generic line from their type.
 */

/** What a flag's value or a positional argument is, as far as explain.ts can give it meaning. */
export type ValueKind =
  | 'bool'
  | 'port-mapping'
  | 'port'
  | 'mount'
  | 'mount-spec'
  | 'name'
  | 'image'
  | 'container'
  | 'duration'
  | 'since'
  | 'seconds'
  | 'bytes'
  | 'platform'
  | 'env'
  | 'label'
  | 'network'
  | 'restart-policy'
  | 'pull-policy'
  | 'format'
  | 'filter'
  | 'path'
  | 'container-path'
  | 'count'
  | 'number'
  | 'signal'
  | 'user'
  | 'progress'
  | 'build-arg'
  | 'host'
  | 'text';

export type Line = string | readonly [ValueKind, string];

export const commandLines: Readonly<Record<string, string>> = {
  'container run': 'Create a new container from an image and start it: the everyday way to run something.',
  'container create': 'Create a container from an image without starting it yet (docker start starts it).',
  'container start': 'Start a container that exists but is stopped, keeping its name, settings and files.',
  'container stop': 'Stop a running container politely: send it SIGTERM, wait, then kill it if it has not exited.',
  'container restart': 'Stop a container and start it again.',
  'container rm': 'Delete one or more stopped containers (their images stay).',
  'container ls': 'List containers: the running ones, or all of them with -a.',
  'container logs': 'Show what a container has printed to its output and error streams.',
  'container exec': 'Run an extra command inside a container that is already running.',
  'container port': 'Show which ports of this machine lead to which ports of a container.',
  'container prune': 'Delete all stopped containers at once.',
  'container kill': 'Stop a container at once by sending it a signal (SIGKILL unless told otherwise), without waiting.',
  'container cp': 'Copy files or folders between a container and this machine.',
  'container stats': 'Show a live view of the CPU, memory, network and disk use of containers.',
  'container top': 'List the processes running inside a container.',
  'container update': 'Change the resource limits or restart policy of an existing container.',
  'image ls': 'List the images stored on this machine.',
  'image rm': 'Delete one or more images from this machine.',
  'image prune': 'Delete images nothing uses: dangling ones, or every unused one with -a.',
  'image pull': 'Download an image from a registry (Docker Hub unless the name says otherwise).',
  'image push': 'Upload an image to a registry, under the name it is tagged with.',
  'image tag': 'Give an image another name (repository and tag); no copy is made.',
  'image history': 'Show the layers an image is made of and the build step that made each one.',
  'image save':
    'Write one or more images, with all their layers and tags, into a tar archive: a file to carry to a machine without network.',
  'image load': 'Read images back from a tar archive that docker save wrote.',
  login: 'Sign in to a registry (Docker Hub unless you name another) so you can push or pull private images.',
  logout: 'Forget the saved sign-in for a registry.',
  search: 'Search Docker Hub for images.',
  inspect: 'Print everything Docker knows about an object (container, image, network, volume…) as JSON.',
  version: 'Show the versions of the Docker client and of the Engine it talks to.',
  'system info': 'Show how the Docker Engine is set up and what it holds: containers, images, storage, OS.',
  'system df': 'Show how much disk space images, containers, volumes and build cache take.',
  'system prune': 'Delete stopped containers, unused networks, dangling images and build cache in one go.',
  'network create': 'Create a network that containers can join to reach each other by name.',
  'network ls': 'List networks.',
  'network inspect': 'Print the details of a network, including which containers are on it.',
  'network rm': 'Delete one or more networks.',
  'network connect': 'Connect a running or stopped container to a network.',
  'network disconnect': 'Take a container off a network.',
  'network prune': 'Delete all networks no container uses.',
  'volume create': 'Create a named volume: storage managed by Docker that outlives containers.',
  'volume ls': 'List volumes.',
  'volume inspect': 'Print the details of a volume, such as where Docker keeps its data.',
  'volume rm': 'Delete one or more volumes and the data in them.',
  'volume prune': 'Delete unused volumes (anonymous ones, or all unused with -a) and their data.',
  'buildx build': 'Build an image from a Dockerfile and the files of a build context, with BuildKit.',
  'buildx prune': 'Delete the build cache, the saved results of earlier build steps.',
  'buildx version': 'Show the version of Buildx, the plugin that builds images.',
  'compose up': 'Create and start all the services of the Compose file (building or pulling images as needed).',
  'compose down': 'Stop and remove the containers and networks that compose up created.',
  'compose ps': 'List the containers of this Compose project.',
  'compose logs': 'Show the output of the services’ containers, each line prefixed with its service.',
  'compose build': 'Build the images of the services that have a build: section.',
  'compose pull': 'Download the images of the services.',
  'compose push': 'Upload the images of the services to their registries.',
  'compose config': 'Print the Compose file as Compose reads it: merged, with variables filled in, or report errors.',
  'compose version': 'Show the version of Docker Compose.',
  'compose exec': 'Run a command inside the running container of a service.',
  'compose run': 'Start a one-off container for a service to run a single command.',
  'compose start': 'Start the existing, stopped containers of the services.',
  'compose stop': 'Stop the services’ containers without removing them.',
  'compose restart': 'Restart the services’ containers.',
  'compose rm': 'Remove the stopped containers of the services.',
  'compose images': 'List the images the project’s containers use.',
  'compose ls': 'List the Compose projects running on this machine.',
};

/** What the program words mean. */
export const programLines = {
  docker: 'The Docker command-line client: it sends your request to the Docker Engine (daemon), which does the work.',
  compose: 'Docker Compose: runs the services described in a Compose file (compose.yaml) together.',
  'docker-compose': 'Docker Compose version 1, the old standalone program; today’s Docker spells it docker compose.',
} as const;

// Flags shared by docker run and docker create: the container's settings.
const containerSettings: Readonly<Record<string, Line>> = {
  'add-host': ['host', 'Add a host-name → IP line to the container’s /etc/hosts.'],
  attach: ['text', 'Connect your terminal to the container’s input, output or error stream (stdin, stdout, stderr).'],
  'cap-add': ['text', 'Give the container an extra Linux capability, one specific root power.'],
  'cap-drop': ['text', 'Take a Linux capability away from the container.'],
  cpus: ['number', 'Limit how many CPUs’ worth of time the container may use, such as 1.5.'],
  device: ['text', 'Give the container access to a device of this machine.'],
  dns: ['text', 'Use this DNS server inside the container.'],
  entrypoint: ['text', 'Replace the image’s ENTRYPOINT, the program that always runs first in the container.'],
  env: ['env', 'Set an environment variable inside the container.'],
  'env-file': ['path', 'Read environment variables from a file on this machine, one KEY=value per line.'],
  expose: ['port', 'Note that the container listens on a port, without publishing it on this machine.'],
  gpus: ['text', 'Give the container access to GPUs: all, or how many.'],
  'health-cmd': ['text', 'The command Docker runs inside the container now and then to check it is healthy.'],
  'health-interval': ['duration', 'How long to wait between two health checks.'],
  'health-retries': ['count', 'How many failed checks in a row make the container unhealthy.'],
  'health-timeout': ['duration', 'How long one health check may take before it counts as failed.'],
  hostname: ['name', 'The host name the container sees for itself.'],
  init: 'Run a tiny init process as PID 1 that passes signals on and reaps zombies, so docker stop is quick.',
  interactive: 'Keep the container’s input open, so what you type reaches the program inside.',
  label: ['label', 'Attach a key=value note to the container, for filters and tools to find it by.'],
  link: 'Legacy way to let this container reach another by name; a user-defined network does it better.',
  'log-driver': ['text', 'Where the container’s output goes: json-file (default, read by docker logs), local, syslog…'],
  'log-opt': ['text', 'A setting for the log driver, such as max-size=10m.'],
  memory: ['bytes', 'Limit how much memory the container may use; it is stopped if it needs more.'],
  mount: [
    'mount-spec',
    'Mount a volume, a folder of this machine or a temporary filesystem into the container, written as key=value pairs.',
  ],
  name: ['name', 'Give the container a name of your choice, to use instead of its ID in later commands.'],
  network: ['network', 'Connect the container to this network instead of the default bridge network.'],
  'network-alias': ['name', 'An extra name other containers on the same network can use to reach this one.'],
  platform: ['platform', 'Choose which operating system and CPU architecture variant of the image to run.'],
  privileged: 'Give the container nearly all the powers of this machine’s root user; avoid unless you know you need it.',
  publish: ['port-mapping', 'Publish a container port on this machine, so programs outside the container can reach it.'],
  'publish-all': 'Publish every port the image declares with EXPOSE, each on a random free port of this machine.',
  pull: ['pull-policy', 'When to download the image first: missing (the default), always, or never.'],
  quiet: 'Don’t print the image download progress.',
  'read-only': 'Make the container’s own filesystem read-only; only mounted volumes and tmpfs can be written.',
  restart: ['restart-policy', 'Whether Docker starts the container again when it stops or the machine reboots.'],
  rm: 'Delete the container (and its anonymous volumes) as soon as it stops, so old containers don’t pile up.',
  'security-opt': ['text', 'A security setting such as a seccomp or AppArmor profile, or no-new-privileges.'],
  'shm-size': ['bytes', 'The size of /dev/shm, the container’s shared-memory area.'],
  'sig-proxy': 'Pass the signals you send (such as Ctrl+C) on to the container’s process; on by default.',
  'stop-signal': ['signal', 'The signal docker stop sends first, instead of the image’s default (usually SIGTERM).'],
  'stop-timeout': ['seconds', 'Seconds docker stop waits for the container to exit before it kills it.'],
  tmpfs: ['container-path', 'Mount a temporary, in-memory filesystem at this path in the container.'],
  tty: 'Give the container a terminal, so shells and other interactive programs display properly.',
  ulimit: ['text', 'Set a per-process limit inside the container, such as nofile=1024:2048 open files.'],
  'use-api-socket': 'Let the container use this machine’s Docker Engine (and your registry sign-in); powerful, so use with care.',
  user: ['user', 'Run the container’s process as this user (name or UID, optionally :group) instead of the image’s default.'],
  volume: ['mount', 'Mount a named volume or a folder of this machine into the container.'],
  'volumes-from': ['container', 'Mount all the volumes another container has.'],
  workdir: ['container-path', 'The directory inside the container where the command starts.'],
  detach: 'Run the container in the background and print its ID, giving you the prompt back.',
};

const format: Line = ['format', 'Choose how to print the result: table, json, or a Go template such as {{.Name}}.'];
const filter: Line = ['filter', 'Show only the entries that match a key=value condition; repeat it to combine conditions.'];
const force: Line = 'Don’t ask for confirmation.';
const quietIds: Line = 'Print only the IDs.';
const stopTimeout: Line = ['seconds', 'Seconds to wait for the container to exit before killing it.'];

export const flagLines: Readonly<Record<string, Readonly<Record<string, Line>>>> = {
  // Flags the docker program itself takes, before the command.
  docker: {
    config: ['path', 'Read the client’s settings (sign-ins, defaults) from this folder instead of ~/.docker.'],
    context: ['name', 'Talk to the Docker Engine of this context (see docker context ls) instead of the current one.'],
    debug: 'Print extra details about what the client does, for troubleshooting.',
    host: ['text', 'Talk to the Docker Engine at this address (such as ssh://user@server or a socket) instead of the local one.'],
    'log-level': ['text', 'How much the client logs: debug, info, warn, error or fatal.'],
    help: 'Print how to use the command and its flags, and do nothing else.',
    version: 'Print the version of the docker client and do nothing else.',
    tls: 'Use TLS (encryption) to talk to the Engine.',
    tlsverify: 'Use TLS and check the Engine’s certificate.',
  },
  'container run': containerSettings,
  // create has no --detach or --sig-proxy: nothing is attached until docker start.
  'container create': Object.fromEntries(Object.entries(containerSettings).filter(([long]) => long !== 'detach' && long !== 'sig-proxy')),
  'container start': {
    attach: 'Connect your terminal to the container’s output and wait for it to exit.',
    interactive: 'Connect your terminal’s input to the container’s input.',
    'detach-keys': ['text', 'The keys that detach your terminal from the container, instead of Ctrl+P Ctrl+Q.'],
  },
  'container stop': { timeout: stopTimeout, signal: ['signal', 'The signal to send first instead of SIGTERM.'] },
  'container restart': { timeout: stopTimeout, signal: ['signal', 'The signal to send first instead of SIGTERM.'] },
  'container rm': {
    force: 'Stop the container first (with SIGKILL) if it is running, then delete it.',
    volumes: 'Also delete the anonymous volumes the container used.',
  },
  'container ls': {
    all: 'Include stopped containers, not only running ones.',
    filter,
    format,
    last: ['count', 'Show only the last n containers created, in any state.'],
    latest: 'Show only the most recently created container.',
    'no-trunc': 'Print IDs and commands in full instead of shortened.',
    quiet: quietIds,
    size: 'Add how much disk space each container’s own files take.',
  },
  'container logs': {
    follow: 'Keep printing new output as it comes, until you press Ctrl+C.',
    tail: ['count', 'Show only this many lines from the end of the log (or all).'],
    since: ['since', 'Show only output since this time: a timestamp, or a duration such as 10m ago.'],
    until: ['since', 'Show only output before this time: a timestamp, or a duration ago.'],
    timestamps: 'Put the time at the start of each line.',
    details: 'Add the extra attributes the container was given with --log-opt.',
  },
  'container exec': {
    detach: 'Run the command in the background.',
    env: ['env', 'Set an environment variable for this command.'],
    'env-file': ['path', 'Read environment variables for this command from a file.'],
    interactive: 'Keep the command’s input open, so what you type reaches it.',
    tty: 'Give the command a terminal, so a shell displays properly.',
    user: ['user', 'Run the command as this user instead of the container’s default.'],
    workdir: ['container-path', 'The directory inside the container where the command starts.'],
    privileged: 'Give the command extended privileges.',
  },
  'container prune': { force, filter },
  'container kill': { signal: ['signal', 'The signal to send instead of SIGKILL.'] },
  'container cp': {
    archive: 'Keep the files’ owner and group.',
    'follow-link': 'If the source is a symbolic link, copy what it points to.',
    quiet: 'Don’t print progress.',
  },
  'container stats': {
    all: 'Include stopped containers.',
    'no-stream': 'Print the numbers once instead of a live view.',
    format,
  },
  'container update': {
    memory: ['bytes', 'Limit how much memory the container may use.'],
    cpus: ['number', 'Limit how many CPUs’ worth of time the container may use.'],
    restart: ['restart-policy', 'Whether Docker starts the container again when it stops or the machine reboots.'],
  },
  'image ls': {
    all: 'Include the intermediate images builds leave behind.',
    digests: 'Add each image’s digest, the checksum that identifies its exact content.',
    filter,
    format,
    quiet: quietIds,
    'no-trunc': 'Print IDs in full.',
    tree: 'Show each image with the platform variants it holds.',
  },
  'image rm': {
    force: 'Delete the image even if a stopped container uses it or it has several tags.',
    'no-prune': 'Keep the image’s untagged parent images.',
  },
  'image prune': { all: 'Delete every image no container uses, not only dangling (untagged) ones.', force, filter },
  'image pull': {
    'all-tags': 'Download every tag of the repository.',
    platform: ['platform', 'Download the variant for this operating system and CPU architecture.'],
    quiet: 'Don’t print download progress.',
  },
  'image push': {
    'all-tags': 'Upload every tag of the repository.',
    quiet: 'Don’t print upload progress.',
  },
  'image save': {
    output: ['path', 'Write the archive to this file instead of to standard output.'],
    platform: ['platform', 'Save only this platform variant (or comma-separated variants) of each image.'],
  },
  'image load': {
    input: ['path', 'Read the archive from this file instead of from standard input.'],
    platform: ['platform', 'Load only this platform variant (or comma-separated variants) from the archive.'],
    quiet: 'Don’t print the progress of the load.',
  },
  'image history': {
    human: 'Print sizes and dates in an easily readable form (on by default).',
    'no-trunc': 'Print the build steps in full.',
    quiet: quietIds,
    format,
  },
  login: {
    username: ['name', 'The user name to sign in with.'],
    password: ['text', 'The password or token; it ends up in your shell history, so prefer --password-stdin.'],
    'password-stdin': 'Read the password or token from standard input, so it stays out of your shell history.',
  },
  search: { filter, format, limit: ['count', 'Show at most this many results.'] },
  inspect: {
    format,
    type: ['text', 'Look only for this kind of object: container, image, network, volume…'],
    size: 'Add file sizes, for containers.',
  },
  version: { format },
  'system info': { format },
  'system df': { verbose: 'List each image, container, volume and cache entry separately.', format },
  'system prune': {
    all: 'Also delete every unused image, not only dangling ones.',
    volumes: 'Also delete unused anonymous volumes, and the data in them.',
    force,
    filter,
  },
  'network create': {
    driver: ['text', 'The kind of network: bridge (default, on this machine), overlay (across machines)…'],
    subnet: ['text', 'The range of addresses the network hands out, such as 172.28.0.0/16.'],
    gateway: ['text', 'The gateway address of the subnet.'],
    internal: 'Cut the network off from the outside world: containers reach only each other.',
    attachable: 'Let standalone containers join an overlay network.',
    label: ['label', 'Attach a key=value note to the network.'],
    ipv6: 'Give the network IPv6 addresses too.',
    opt: ['text', 'A driver-specific setting, as key=value.'],
  },
  'network ls': { filter, format, quiet: quietIds, 'no-trunc': 'Print IDs in full.' },
  'network inspect': { format, verbose: 'Add extra details.' },
  'network rm': { force: 'Don’t fail if the network does not exist.' },
  'network connect': {
    alias: ['name', 'An extra name the container has on this network.'],
    ip: ['text', 'The IPv4 address to give the container on this network.'],
  },
  'network disconnect': { force: 'Take the container off the network even if it is not running properly.' },
  'network prune': { force, filter },
  'volume create': {
    driver: ['text', 'Which volume driver stores the data (local by default).'],
    label: ['label', 'Attach a key=value note to the volume.'],
    opt: ['text', 'A driver-specific setting, as key=value.'],
  },
  'volume ls': { filter, format, quiet: 'Print only the names.' },
  'volume inspect': { format },
  'volume rm': { force: 'Don’t fail if the volume does not exist.' },
  'volume prune': { all: 'Delete every unused volume, named ones too, not only anonymous ones.', force, filter },
  'buildx build': {
    tag: ['image', 'Name the image you build (repository and optional :tag), so you can run it by that name.'],
    file: ['path', 'Use this Dockerfile instead of the file named Dockerfile in the build context.'],
    platform: ['platform', 'Build for this operating system and CPU architecture instead of this machine’s.'],
    'build-arg': ['build-arg', 'Give a value to an ARG of the Dockerfile.'],
    'no-cache': 'Run every build step again instead of reusing earlier results.',
    pull: 'Always download newer versions of the base images instead of using the ones stored here.',
    target: ['name', 'Build only up to this stage of a multi-stage Dockerfile.'],
    progress: ['progress', 'How to show progress: auto, plain (every line, good for logs), tty, quiet or rawjson.'],
    load: 'Put the built image into this machine’s image store, so docker run can use it.',
    push: 'Upload the built image to its registry.',
    quiet: 'Print only the image ID when the build ends.',
    secret: ['text', 'Give the build a secret (id=…,src=file) that RUN steps can read but the image won’t keep.'],
    ssh: ['text', 'Let RUN steps use your SSH agent or keys, for cloning private repositories.'],
    output: ['text', 'Where the result goes, such as type=local,dest=out to write the files to a folder.'],
    label: ['label', 'Attach a key=value note to the image.'],
    network: ['network', 'The network RUN steps use during the build.'],
    builder: ['name', 'Use this builder instance instead of the current one.'],
    'cache-from': ['text', 'Reuse build results stored elsewhere, such as in a registry.'],
    'cache-to': ['text', 'Store build results elsewhere for later builds to reuse.'],
    check: 'Check the Dockerfile for problems without building.',
    debug: 'Print extra details for troubleshooting.',
    'add-host': ['host', 'Add a host-name → IP line to /etc/hosts during RUN steps.'],
  },
  'buildx prune': {
    all: 'Delete all build cache, not only the parts nothing refers to.',
    force,
    filter,
    'reserved-space': ['bytes', 'Keep at least this much cache.'],
    'max-used-space': ['bytes', 'Delete cache until it takes no more than this.'],
    verbose: 'List what was deleted.',
  },
  // Flags the compose program takes before its command (and, as compose allows, after it).
  compose: {
    file: ['path', 'Use this Compose file instead of compose.yaml in the current folder; repeat it to merge several.'],
    'project-name': ['name', 'Name the project, which prefixes its containers, networks and volumes, instead of the folder’s name.'],
    'project-directory': ['path', 'Treat this folder as the project’s folder, for relative paths and .env.'],
    'env-file': ['path', 'Read the variables for the Compose file from this file instead of .env.'],
    profile: ['name', 'Also include the services of this profile.'],
    'dry-run': 'Show what the command would do without doing it.',
    progress: ['progress', 'How to show progress: auto, tty, plain, json or quiet.'],
    ansi: ['text', 'Whether to print colours and control characters: never, always or auto.'],
    parallel: ['count', 'How many things Compose may do at the same time.'],
    version: 'Print the version of Docker Compose and do nothing else.',
  },
  'compose up': {
    detach: 'Start the services in the background and give you the prompt back.',
    build: 'Build the images first, even if they exist already.',
    'no-build': 'Don’t build images, even missing ones.',
    'force-recreate': 'Recreate the containers even if nothing changed.',
    'no-recreate': 'Keep existing containers even if their configuration changed.',
    'remove-orphans': 'Remove containers of services no longer in the Compose file.',
    wait: 'Wait until the services are running (and healthy) before returning; implies --detach.',
    'wait-timeout': ['seconds', 'The most seconds to wait with --wait.'],
    'abort-on-container-exit': 'Stop everything as soon as any container stops.',
    'exit-code-from': ['name', 'Return the exit code of this service’s container (implies --abort-on-container-exit).'],
    scale: ['text', 'Run this many containers of a service: service=number.'],
    pull: ['pull-policy', 'When to download images first: always, missing, never or build.'],
    'quiet-pull': 'Don’t print download progress.',
    'no-deps': 'Don’t start the services the named ones depend on.',
    timeout: ['seconds', 'Seconds to wait when stopping containers before killing them.'],
    watch: 'Watch the source files and update the running services when they change.',
    'renew-anon-volumes': 'Start with fresh anonymous volumes instead of reusing the old containers’ data.',
    'no-start': 'Create the containers but don’t start them.',
    'no-color': 'Print the output in one colour.',
    'no-log-prefix': 'Don’t prefix each output line with its service name.',
    timestamps: 'Put the time at the start of each output line.',
    attach: ['name', 'Show only the output of this service.'],
    'no-attach': ['name', 'Hide the output of this service.'],
    yes: 'Answer yes to every question.',
    menu: 'Show the keyboard shortcuts menu while attached.',
  },
  'compose down': {
    volumes: 'Also delete the named volumes of the Compose file and anonymous volumes, with their data.',
    'remove-orphans': 'Also remove containers of services no longer in the Compose file.',
    rmi: ['text', 'Also delete images: local (those without a custom tag) or all.'],
    timeout: ['seconds', 'Seconds to wait for containers to stop before killing them.'],
  },
  'compose ps': {
    all: 'Include stopped containers.',
    quiet: quietIds,
    services: 'Print only the service names.',
    format,
    filter: ['filter', 'Show only containers that match a condition such as status=running.'],
    status: ['text', 'Show only containers in this state: running, exited, paused…'],
  },
  'compose logs': {
    follow: 'Keep printing new output as it comes, until you press Ctrl+C.',
    tail: ['count', 'Show only this many lines from the end of each container’s log (or all).'],
    since: ['since', 'Show only output since this time: a timestamp, or a duration such as 10m ago.'],
    until: ['since', 'Show only output before this time.'],
    timestamps: 'Put the time at the start of each line.',
    'no-color': 'Print the output in one colour.',
    'no-log-prefix': 'Don’t prefix each line with its service name.',
  },
  'compose build': {
    'no-cache': 'Run every build step again instead of reusing earlier results.',
    pull: 'Always download newer versions of the base images.',
    push: 'Upload the images after building them.',
    quiet: 'Don’t print build output.',
    'build-arg': ['build-arg', 'Give a value to an ARG of the Dockerfile.'],
    'with-dependencies': 'Also build the services the named ones depend on.',
    builder: ['name', 'Use this builder instance.'],
  },
  'compose pull': {
    quiet: 'Don’t print download progress.',
    'ignore-pull-failures': 'Go on with the other images when one fails to download.',
    'include-deps': 'Also pull the services the named ones depend on.',
    policy: ['pull-policy', 'Pull only missing images, or always.'],
    'ignore-buildable': 'Skip services whose image Compose builds.',
  },
  'compose push': {
    'ignore-push-failures': 'Go on with the other images when one fails to upload.',
    'include-deps': 'Also push the services the named ones depend on.',
    quiet: 'Don’t print upload progress.',
  },
  'compose config': {
    services: 'Print only the service names.',
    volumes: 'Print only the volume names.',
    networks: 'Print only the network names.',
    images: 'Print only the image names.',
    profiles: 'Print only the profile names.',
    quiet: 'Only check the file; print nothing unless it is wrong.',
    format: ['format', 'Print the result as yaml (default) or json.'],
    output: ['path', 'Write the result to this file instead of the screen.'],
    'no-interpolate': 'Leave ${VARIABLES} as written instead of filling them in.',
    environment: 'Print the environment variables Compose uses to fill in the file.',
    variables: 'Print the variables the file uses and their defaults.',
  },
  'compose version': { format: ['format', 'Print the version as pretty text or json.'], short: 'Print only the version number.' },
  'compose exec': {
    detach: 'Run the command in the background.',
    env: ['env', 'Set an environment variable for this command.'],
    user: ['user', 'Run the command as this user.'],
    workdir: ['container-path', 'The directory inside the container where the command starts.'],
    index: ['count', 'Which container of the service, if it runs several.'],
    'no-tty': 'Don’t give the command a terminal (useful when piping its output).',
    privileged: 'Give the command extended privileges.',
  },
  'compose run': {
    rm: 'Delete the one-off container when the command ends.',
    detach: 'Run the container in the background.',
    name: ['name', 'Give the one-off container this name.'],
    entrypoint: ['text', 'Replace the image’s ENTRYPOINT.'],
    env: ['env', 'Set an environment variable in the container.'],
    publish: ['port-mapping', 'Publish a container port on this machine.'],
    'service-ports': 'Publish the ports the service declares (run leaves them out by default).',
    'no-deps': 'Don’t start the services this one depends on.',
    user: ['user', 'Run the command as this user.'],
    workdir: ['container-path', 'The directory inside the container where the command starts.'],
    volume: ['mount', 'Mount a volume or a folder of this machine into the container.'],
    build: 'Build the image before starting the container.',
    'no-tty': 'Don’t give the command a terminal.',
    label: ['label', 'Attach a key=value note to the container.'],
    'remove-orphans': 'Remove containers of services no longer in the Compose file.',
    'use-aliases': 'Give the container the service’s network aliases.',
  },
  'compose start': { wait: 'Wait until the services are running (and healthy).' },
  'compose stop': { timeout: ['seconds', 'Seconds to wait for containers to stop before killing them.'] },
  'compose restart': {
    timeout: ['seconds', 'Seconds to wait for containers to stop before killing them.'],
    'no-deps': 'Don’t restart the services the named ones depend on.',
  },
  'compose rm': {
    force: 'Don’t ask for confirmation.',
    stop: 'Stop the containers first if they are running.',
    volumes: 'Also delete the anonymous volumes the containers used.',
  },
  'compose images': { quiet: quietIds, format },
  'compose ls': { all: 'Include stopped projects.', quiet: 'Print only the project names.', format, filter },
};

/** Lines for positional arguments, by role. */
export const roleLines = {
  image: 'The image to use',
  container: 'The container, by name or ID',
  command: 'The command to run in the container, instead of the image’s default command',
  'exec-command': 'The command to run inside the container',
  context: 'The build context: the files sent to the builder, where the Dockerfile is looked for too',
  service: 'A service of the Compose file',
  network: 'The network, by name or ID',
  volume: 'The volume, by name',
  'source-image': 'The image to give a new name',
  'target-image': 'The new name (repository and optional :tag)',
  registry: 'The registry server',
  object: 'The object to inspect (container, image, network, volume…), by name or ID',
  'copy-source': 'What to copy: container:path for a path in a container, or a path on this machine',
  'copy-target': 'Where to copy to: container:path, or a path on this machine',
  port: 'The container port to look up',
  term: 'What to search for',
  'ps-options': 'Options passed to ps inside the container',
  argument: 'An argument',
} as const;

export type Role = keyof typeof roleLines;
