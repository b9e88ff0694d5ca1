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

/**
 * cw80: a learner telling that a client in the container got an answer at its loopback: the words of inside the container (English,
 * 在容器内/容器里/容器内部, ~コンテナ内), a loopback URL with its port, and a word that it worked (works, fine, OK, answers, 没有问题,
 * 没问题, 正常, 可以访问, 問題なく, 正常に). With a refusal at the container's own address from the host at that port (`inside`, below),
 * the app listens on its 127.0.0.1 only: CONVENTIONS §2.2's "works inside, not outside" (cw37), told.
 */
// cw115: also "inside the Docker container", the word emphasised (`**_inside_**`, its bold taken by normalize.ts; cw192, stop 59:
// or in capitals, typed-on emphasis: typicode/json-server#811's "With a curl request INSIDE the container"), and a client's
// page told as what it showed (nasa/openmct#4567: "Trying `curl localhost:8080` **_inside_** the Docker container shows HTML from the app").
const insideWords =
  /\b_?(?:[Ii]nside|INSIDE|[Ww]ithin|WITHIN|[Ii]n)_? (?:the |my |a |its )?(?:[Dd]ocker )?container\b|容器(?:内部|内|里面|里|中)|コンテナ(?:内|の中)/;
const insideOk =
  /\b(?:works?|worked|working|is fine|fine|OK|ok|answers|answered|responds|responded|returns|returned|shows (?:HTML|the page|a page|the app|JSON)|showed (?:HTML|the page|a page|JSON))\b|没有问题|没问题|正常|可以访问|能访问|成功|問題な|正常に/;
const insideNo = /\b(?:not|n't|never|nothing|refused|fails?|failed|error)\b|不|无法|失败|拒绝/;
export function toldInside(text: string): number | undefined {
  if (!insideWords.test(text) || !insideOk.test(text)) return undefined;
  const url = /(?:https?:\/\/)?(?:localhost|127\.0\.0\.1|\[::1\]):(\d{1,5})\b/.exec(text);
  return url && !insideNo.test(text) ? +url[1]! : undefined;
}
/**
 * cw115: the same told without an address: the learner reaches the service from inside the container (fiorix/freegeoip#164: "I can
 * call the service if i'm inside the container though.", under `docker run -d -p 8080:8080` and curl refused at localhost and at
 * docker-machine's address). A verb of reaching it (can call, reach, access, curl, connect to, open) or of its answering, and no
 * negation before the words of inside (a contrast after them, "but not from the host", is the problem itself).
 */
const insideCan = /\b(?:I|[Ww]e) (?:can|could) (?:call|reach|access|curl|connect to|open|hit|query|get to)\b/;
export function toldInsideOnly(text: string): boolean {
  const w = insideWords.exec(text);
  if (!w || !(insideCan.test(text) || insideOk.test(text))) return false;
  return !insideNo.test(text.slice(0, w.index + w[0].length));
}
