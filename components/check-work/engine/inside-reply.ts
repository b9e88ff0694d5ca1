/*
 * cw37: the app answering inside its own container, the other half of "works inside, not outside". A client run there, by
 * `docker exec NAME curl …` (or wget, HTTPie's http) or in a shell `docker exec -it NAME bash` opened (its next commands),
 * that printed a page or an HTTP status (moby/moby's exec runs the command in the container's namespaces, so `localhost` is
 * the container's own loopback): the app listens there. Beside a reset at the published port from the host (curl's (56),
 * step-reach.ts' `empty`), the app listens on the container's 127.0.0.1 only (CONVENTIONS §2.4; at lesson 5's run, §2.2 cw37).
 * The client's answer is the container's, never the host port's (host-clients.ts' clientReply reads no further).
 * Real pastes: Wikidepia/InstaFix#76 (a shell, then `curl localhost:3000` printing the page), gist mvoropaiev/8d70a188…
 * (`docker exec -it musedocker_frontend_1 curl localhost:5000`).
 */
import type { TextReader } from './read';
import type { Facts } from './types';

/** A shell opened in a container, per paste: the commands after it run there. */
const shells = new WeakSet<Facts>();
const shell = /^docker (?:container )?exec\b.{0,200}?\s(?:\/bin\/)?(?:ba|z|a)?sh\s*$/;
const execClient = /^docker (?:container )?exec\b.{0,200}?\s(?:curl|wget|http)\s/;
const client = /^(?:curl|wget|http)\s/;
/** A page (`<!DOCTYPE html>`, `<html>`), an HTTP status line of a success or a redirect (curl -i/-I, wget -S), a JSON body. */
const answer = /^\s*(?:<!DOCTYPE html|<html\b|HTTP\/[\d.]{1,3} [23]\d\d\b|\{")/i;

/** A client's own words for failing or for its progress: not a body (curl's `curl: (7) …`, wget's `wget: can't connect …`). */
const quietError =
  /^\s*(?:curl|wget|http|sh|bash|OCI runtime|Error)\b|\b(?:[Ee]rror|[Ff]ailed|[Rr]efused|[Tt]imed out|[Nn]o such|not found|[Cc]ould ?n[o']t|[Uu]nable|reset by peer|Resolving|Connecting to|Total\s+% Received)\b|^\s*%\s/;

export const insideReply: TextReader = (cmd, lines, facts) => {
  const c = cmd.replace(/^sudo +/, '');
  if (shell.test(c)) {
    shells.add(facts);
    // cw38: also for the logs read after it (step-reach.ts: a server run there again by hand).
    facts.execShell = true;
  }
  // cw80: a docker command after it ran on the host again (the shell was left: images carry no docker CLI; nodejs.org's Docker guide,
  // copied with its outputs in muneebaahmad/dockerTest: `$ docker exec -it <container id> /bin/bash`, then `$ docker ps` and `$ curl
  // -i localhost:49160`, the host's published port), as an `exit` is.
  else if (/^(?:docker|exit)\b/.test(c) && !execClient.test(c)) shells.delete(facts);
  if (!execClient.test(c) && !((shells.has(facts) || facts.atContainerPrompt) && client.test(c))) return false;
  // cw68: or the body alone that a quiet client printed (`wget -qO-`, `curl -s`, curl without -i: the response's body on stdout,
  // GoogleCloudPlatform/cloud-sdk-docker#15's `docker exec <CONTAINER_ID> wget -qO- http://localhost:8080/`, then `Hello, world!`),
  // GNU wget's status (`HTTP request sent, awaiting response... 200 OK`): any line, none of them a client's error or progress.
  const said = lines.filter((l) => l.trim());
  const body =
    /\s-(?:q?O-|qO ?-|s|-silent)(?:\s|$)|^(?:docker (?:container )?exec\b.{0,200}?\s)?curl\s(?!.*\s-[a-zA-Z]*[IivS])/.test(c) &&
    said.length > 0 &&
    said.length < 40 &&
    !said.some((l) => quietError.test(l));
  const ok = lines.some((l) => answer.test(l) || /awaiting response\.\.\. [23]\d\d\b/.test(l)) || body;
  if (ok) facts.answeredInside = true;
  // cw43: the port it asked at (its URL's, http's 80 when none): answered there, or refused (curl's `(7) Failed to connect to 127.0.0.1
  // port 80: Connection refused`). A Netology homework: nginx moved to 81 in the container, `curl http://127.0.0.1:80` refused and
  // `curl http://127.0.0.1:81` the page, at the container's `root@1654c7f7fe27:/#` prompt (normalize.ts segments' inside).
  // cw56: several clients on one line (`curl http://127.0.0.1:80 ; curl http://127.0.0.1:81`, a Netology homework's answer at the
  // container's prompt): each asked at its own port; a refusal names its port (curl's `Failed to connect to 127.0.0.1 port 80`),
  // the page is the other's.
  const asked = c
    .replace(/^docker (?:container )?exec\b.*?\s(?=curl|wget|http)/, '')
    .split(/\s*(?:;|&&|\|\|)\s*/)
    .map((one) => /\b(?:https?:\/\/)?(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\d{1,5}))?(?:[/\s]|$)/.exec(one))
    .filter((url) => url)
    .map((url) => Number(url![1] ?? 80));
  const at = asked.length ? (facts.insidePorts ??= { answered: [], refused: [] }) : undefined;
  const refusals = lines.filter((l) => /Connection refused|connect to server/i.test(l));
  for (const port of asked) {
    const named = refusals.some((l) => new RegExp(`(?:port |:)${port}\\b`).test(l));
    if (asked.length > 1 ? named : !ok && refusals.length) at!.refused.push(port);
    else if (ok) at!.answered.push(port);
  }
  // Read: not a client at the host's port, nor the app's log.
  return true;
};
