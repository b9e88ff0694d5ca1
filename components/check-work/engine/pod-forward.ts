/*
 * cw175 (stop 57): `kubectl port-forward`'s own lines, the Kubernetes learner's forward from the host into a pod (minikube, kind,
 * k3d, a cloud cluster), read for what each says of the ports (CONVENTIONS §2.4, stop 57).
 *
 * kubernetes/client-go tools/portforward/portforward.go (kubectl's port-forward command, k8s.io/kubectl pkg/cmd/portforward, runs it):
 *  - getListener prints `Forwarding from %s -> %d` (net.JoinHostPort of the local address and port, then the pod's port) only once its
 *    listener on the host is open: kubectl itself holds that host port;
 *  - handleConnection prints `Handling connection for %d` (the local port) for each client that came to that listener;
 *  - the error stream's message comes back as `an error occurred forwarding %d -> %d: %v` (local, remote), which runtime.HandleError
 *    logs through klog (`E0319 14:54:50.610997   10770 portforward.go:331] …`; since 1.30 `"Unhandled Error" err="…"`).
 * The message is the kubelet's (pkg/kubelet/cri/streaming/portforward httpstream.go / websocket.go: `error forwarding port %d to pod
 * %s, uid %v: %v`), wrapping the runtime's dial of the pod's port from inside the pod's network namespace:
 *  - containerd's CRI (sandbox_portforward_linux.go portForward): net.Dial("tcp4", "localhost:%d"), then tcp6, `failed to connect to
 *    localhost:%d inside namespace %q, IPv4: %v IPv6 %v` (Go's `dial tcp4 127.0.0.1:80: connect: connection refused`);
 *  - dockershim (docker_streaming_others.go portForward): `nsenter -t PID -n socat - TCP4:localhost:%d`, so socat's
 *    `E connect(5, AF=2 127.0.0.1:8080, 16): Connection refused` after `exit status 1:`;
 *  - dockershim on Windows ran a helper in the container (`Error executing in Docker Container: 1: … Failed to connect to
 *    localhost:%d because dial tcp [::1]:%d: connectex: No connection could be made because the target machine actively refused it.`).
 * A refusal there is the pod's own loopback refusing the remote port: nothing in the pod accepts at that port on any address (an app
 * on 127.0.0.1 only would have answered the forwarder), so the server listens at another port or not yet → wrong-container-port at
 * "Does the app listen?", as CONVENTIONS §2.4 cw43's client in the container refused at the port the forward leads to.
 * Read on any line, with or without kubectl's command line (an issue quoting only its output), never a line merely naming the words.
 */
import type { TextReader } from './read';

const forwarding = /^\s*Forwarding from (?:\d{1,3}(?:\.\d{1,3}){3}|\[[\da-fA-F:]{2,39}\]|localhost):(\d{1,5}) -> (\d{1,5})\s*$/;
const handling = /^\s*Handling connection for (\d{1,5})\s*$/;
/** klog's header (`E0401 11:58:48.109218  104472 portforward.go:413] `), then the error, quoted under 1.30's structured logging. */
const failed =
  /^\s*(?:[EW]\d{4} \d{2}:\d{2}:\d{2}\.\d{1,6} {1,10}\d{1,8} [\w.-]{1,40}\.go:\d{1,6}\] )?(?:"Unhandled Error" err=")?an error occurred forwarding (\d{1,5}) -> (\d{1,5}): error forwarding port (\d{1,5}) to pod \S{1,100}, uid \S{0,80}\s?:(.*)$/;
/** The runtime's dial refused (socat's and Go's `connection refused`, Winsock's WSAECONNREFUSED text). */
const refused = /\b[Cc]onnection refused\b|\bactively refused\b/;
/** kubectl's own ending lines (`error: lost connection to pod`, cmd/portforward's `error: unable to forward port because pod is not running`). */
const ending =
  /^\s*error: (?:lost connection to pod|unable to forward port because pod is not running\b.*|timed out waiting for the condition)\s*$/;

export const podForward: TextReader = (_cmd, lines, facts, { seen }) => {
  const rest: string[] = [];
  let read = false;
  for (const l of lines) {
    const f = forwarding.exec(l);
    const h = handling.exec(l);
    const e = failed.exec(l);
    if (f) facts.podForward = { ...facts.podForward, local: Number(f[1]), remote: Number(f[2]) };
    else if (h) facts.podForward = { ...facts.podForward, local: facts.podForward?.local ?? Number(h[1]) };
    else if (e) {
      const remote = Number(e[3]);
      facts.podForward = { ...facts.podForward, remote };
      if (refused.test(e[4]!)) facts.podForward.refused = remote;
    } else if (!ending.test(l)) {
      rest.push(l);
      continue;
    }
    read = true;
  }
  if (!read) return false;
  seen(facts, 'kubectl port-forward');
  return rest.length ? rest : true;
};
