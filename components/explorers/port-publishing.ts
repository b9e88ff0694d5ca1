import { dashApp } from '@/lib/shared/course';

/*
 * The rules behind <PortExplorer />: can a browser reach a Dash app in a container, given
 * the address the app listens on and how `docker run` publishes its port? Inside the
 * container, published traffic arrives on eth0 (e.g. 172.17.0.2), never on the container's
 * own loopback; on the host, `-p 8050:8050` listens on every interface, and
 * `-p 127.0.0.1:8050:8050` on the host's loopback only.
 */

export const listenAddresses = ['127.0.0.1', '0.0.0.0'] as const;
export type ListenAddress = (typeof listenAddresses)[number];

export const publishModes = ['none', 'all', 'loopback'] as const;
export type PublishMode = (typeof publishModes)[number];

const { image, port } = dashApp;

/** How each way of starting the container is written on the command line. */
export const publishFlags: Record<PublishMode, string> = {
  none: '',
  all: `-p ${port}:${port}`,
  loopback: `-p 127.0.0.1:${port}:${port}`,
};

export type Reach = { reachable: boolean; why: string };

/** The verdict's words, before the reason. */
export const reachVerdict = (reach: Reach) => (reach.reachable ? 'Reachable.' : 'Not reachable.');
export type PortOutcome = { host: Reach; lan: Reach; command: string; runLine: string };

export function dockerRunCommand(publish: PublishMode): string {
  return ['docker run', publishFlags[publish], image].filter(Boolean).join(' ');
}

export function appRunLine(listen: ListenAddress): string {
  return `app.run(host="${listen}", port=${port}, debug=False)`;
}

const onlyLoopback = 'the app listens only on 127.0.0.1, the container’s own loopback, so nothing answers on eth0';

function fromHost(listen: ListenAddress, publish: PublishMode): Reach {
  if (publish === 'none') {
    return { reachable: false, why: `No -p: no port of your machine leads into the container, so nothing answers on localhost:${port}.` };
  }
  if (listen === '127.0.0.1') {
    return { reachable: false, why: `Docker forwards the port to the container’s eth0, but ${onlyLoopback}. The browser gets an error.` };
  }
  return publish === 'all'
    ? { reachable: true, why: `Docker forwards port ${port} of your machine to the container’s eth0, and 0.0.0.0 includes eth0.` }
    : {
        reachable: true,
        why: 'The port is published on your machine’s loopback, which is where localhost leads, and 0.0.0.0 includes the container’s eth0.',
      };
}

function fromLan(listen: ListenAddress, publish: PublishMode): Reach {
  if (publish === 'none') {
    return { reachable: false, why: 'No -p: nothing is published on your machine’s network interfaces.' };
  }
  if (publish === 'loopback') {
    return { reachable: false, why: 'The port is published on your machine’s loopback only, and other machines cannot connect to it.' };
  }
  if (listen === '127.0.0.1') {
    return {
      reachable: false,
      why: `The port is published on every interface of your machine and forwarded to the container’s eth0, but ${onlyLoopback}.`,
    };
  }
  return {
    reachable: true,
    why: `${publishFlags.all} publishes the port on every interface of your machine, so other machines on your network can open the app too (Docker adds its own firewall rules for it). Put 127.0.0.1: in front to keep it to yourself.`,
  };
}

export function portOutcome(listen: ListenAddress, publish: PublishMode): PortOutcome {
  return {
    host: fromHost(listen, publish),
    lan: fromLan(listen, publish),
    command: dockerRunCommand(publish),
    runLine: appRunLine(listen),
  };
}
