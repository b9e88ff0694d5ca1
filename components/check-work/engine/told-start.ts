/*
 * cw39: the app's start line retold in a sentence, read by lesson 5's and the reach path's log readers (step-run.ts, step-reach.ts)
 * in their chunks, not the entry's.
 */
import type { Listen } from './types';

/**
 * cw39: a start line retold in a sentence with the word of a message (prakhar1989/docker-curriculum#45: "although I get the message
 * that the site is running on http://0.0.0.0:5000/"): Werkzeug's ` * Running on http://0.0.0.0:5000/`, uvicorn's, gunicorn's
 * `Listening at:`, Hypercorn's, waitress's `Serving on`, Puma's `Listening on tcp://…` quoted by the learner. Every address only,
 * and only its port is kept (never `all`): a retelling may name the port the app printed, it never shows an ok (listensRight needs
 * `all`); a port other than the one -p leads to is the answer (CONVENTIONS §2.4). A learner's own "it is running at localhost:8050"
 * (the address they open) names no message and is not read.
 */
// cw43: also a loopback address retold (aspnet/aspnet-docker#132: "It displays the message Kestrel is running on
// http://localhost:5000 then disappears", Kestrel's own `Now listening on: http://localhost:5000`, dotnet/aspnetcore
// src/Servers/Kestrel/Core/src/Internal/Infrastructure/KestrelTrace.cs, and its 1.0 `Now listening on:` of hosting): the retold
// address is where the app listens, and loopback is a problem, never an ok (`loop`, not `all`). "displays" and "shows" are such words.
const told =
  /\b(?:message|says?|said|saying|prints?|printed|printing|shows?|showed|showing|displays?|displayed|displaying|output|outputs|log|logs|tells?|told)\b[^.!?\n]{0,60}?\b(?:[Rr]unning (?:on|at)|(?:[Nn]ow )?[Ll]istening (?:on|at):?|[Ss]erving on|[Ss]tarted (?:on|at)) ["'`(]?(?:https?|tcp):\/\/(0\.0\.0\.0|\[::\]|localhost|127\.0\.0\.1|\[::1\]):(\d{1,5})\b/;
/**
 * cw61: the link the app printed, retold (gradio-app/gradio#7944: "it's not producing the link (http://127.0.0.1/7860)", Gradio's
 * own `Running on local URL:  http://127.0.0.1:7860`, gradio/networking.py): a word of the app giving it (produces, prints, shows,
 * gives, generates, outputs) and the link or URL, then a loopback or every-address URL, its port after `:` or, mistyped, `/`.
 * Not the address a learner opens ("I open the link …": no such word), and never an ok (every address keeps its port only).
 */
const link =
  /\b(?:produc|print|show|display|giv|generat|output|return)\w{0,4}\b[^.!?\n]{0,30}?\b(?:link|URL|url|address)\b:?\s?["'`(]?(?:https?:\/\/)(0\.0\.0\.0|\[::\]|localhost|127\.0\.0\.1|\[::1\])(?::|\/(?=\d{4,5}\b))(\d{2,5})\b/;

/**
 * cw80: a loopback bind told by the learner in words of their own, no program's line quoted: a word of binding, listening, starting
 * or running (a few words between: "is running http server on"), on/to/at a loopback address with or without its port, and on the
 * same line what says this is the server's own address: where (within, inside or in the container: orbstack/orbstack#1495's
 * "my Svelte application, which binds to http://localhost:5173/ within the container"; a Docker forum's "Inside container is running
 * http server on 127.0.0.1:3001") or the contrast with every address ("FastApi is started on localhost, and not on 0.0.0.0",
 * open-edge-platform/anomalib#3485; "the app listens to 127.0.0.1 instead of 0.0.0.0", linuxserver/docker-resilio-sync#27). A
 * learner's "it runs on localhost:8050" alone is the address they open, not read; nor advice ("should not listen on 127.0.0.1").
 * Loopback, never an ok; at lesson 5's panel the run line answers first (CONVENTIONS §2.2, cw43's retold Kestrel line).
 */
const bindWord = String.raw`\b(?:binds?|bound|binding|listens?|listening|(?:is |was |gets |got )?started|starts|runs|is running|was running|running|serves|serving|is served)`;
const loopAddr = String.raw`(?:on|to|at)\s(?:(?:the )?(?:address|host|interface|IP)\s)?["'\`(]?(?:https?:\/\/)?(localhost|127\.0\.0\.1|\[::1\])(?::(\d{1,5}))?(?![\w.-]*\.\w)`;
const bindTold = new RegExp(
  String.raw`(?<!\b(?:not|n't|never|should|must|to|need|needs|make sure it's|ensure it)\s{1,2}(?:be\s)?)` +
    bindWord +
    // Not "running in a container on localhost:8050": the words between are no place (that is where the learner opens it).
    String.raw`\b(?: (?!(?:in|inside|within|a|the|docker|container)\b)[\w-]{1,20}){0,3}?\s` +
    loopAddr,
);
const bindWhere =
  /\b(?:[Ww]ithin|[Ii]nside(?: of)?|[Ii]n) (?:the |my |a |its |this |that |our |each |every )?(?:docker |Docker |dev |devcontainer |running )?container\b|\b(?:instead of|and not(?: on| to| at)?|but not(?: on| to| at)?|not on|not to|rather than)\s["'`]?(?:https?:\/\/)?0\.0\.0\.0\b/;
/** The same in Chinese: 监听/绑定/运行在 a loopback address, with 容器内/容器里 or 而不是 0.0.0.0 ("程序在容器内监听 127.0.0.1:8080"). */
const bindToldZh =
  /(?:监听|監聽|绑定|綁定|运行在|運行在|跑在|启动在|啟動在)(?:在|于|於)?\s?["'`]?(?:https?:\/\/)?(localhost|127\.0\.0\.1)(?::(\d{1,5}))?(?![\d.])/;
const bindWhereZh = /容器(?:内部|内|里面|里|中)|(?:而不是|不是|而非|并非)\s?["'`]?0\.0\.0\.0/;
/**
 * cw89: the app's own configuration told to hold loopback, no start line quoted (geopython/pywps#239: "The current pywps-demo uses
 * 127.0.0.1 in the flask configuration"): a word of using or setting a loopback address, then in or as the app's configuration or
 * settings. Loopback, never an ok. Not a client's address in a configuration (a line naming a database or a cache: "the DB host is set
 * to localhost in the settings"), nor the fix a learner made or asks for ("use 0.0.0.0 instead of 127.0.0.1": no loopback in use).
 */
const configTold =
  /^(?!.*\b(?:[Dd]atabase|DB|db|[Pp]ostgres\w*|[Mm]y[Ss][Qq][Ll]|[Mm]aria[Dd][Bb]|[Rr]edis|[Mm]ongo\w*|[Cc]ache|SMTP|smtp)\b).*?\b(?:uses?|using|is set to|set to|configured (?:to|with|as|on)|hard-?coded (?:to |as )?)\s["'`]?(?:https?:\/\/)?(localhost|127\.0\.0\.1)(?::(\d{1,5}))?["'`]?\s(?:in|as)\s(?:the|its|their|my|our|this)\s(?:[\w-]{1,20}\s){0,2}?(?:config(?:uration)?|settings|config file|bind address|listen address)\b/;
/** True when the line is such a learner's telling (lesson 5's panel reads no loopback start line from it, step-run.ts). */
export const toldBind = (text: string): RegExpExecArray | null =>
  text.length >= 2200
    ? null
    : bindWhere.test(text)
      ? bindTold.exec(text)
      : bindWhereZh.test(text)
        ? bindToldZh.exec(text)
        : configTold.exec(text);

/**
 * cw80: the address the app printed for its user, retold with a word of the app giving it (GatorEducator/GatorMiner#92: "it outputs
 * that the user should go to http://172.17.0.3:8501", Streamlit's `Network URL: http://172.17.0.3:8501`; Gradio's, Jupyter's):
 * an address on Docker's bridges (172.16.0.0/12, the container's own eth0) is printed only by a server bound beyond loopback, so
 * its port is where the app listens (every address retold: the port only, never an ok).
 * cw119: also "connect to", the word a program uses to send its user there (ws-skeleton/eclipse-broadway#15: "It says "*** Please
 * connect to http://172.17.0.2:5000 using your web browser ***"", the image's start script printing its container's own address).
 */
const bridgeLink =
  /\b(?:output|print|say|show|display|tell|log|giv|produc)\w{0,4}\b[^.!?\n]{0,60}?\b(?:go to|goes to|open|visit|navigate to|browse to|connect to|use|at|link|URL|url|address)\b:?\s["'`(<]?https?:\/\/(172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}):(\d{2,5})\b/;

/**
 * Keeps the retold line's port when the line says none of its own (parse-logs.ts read it first); a loopback address as loopback on
 * the reach path only: at lesson 5's panel a retelling does not come before the run line (h39-aspnetdocker132: no -p answers there).
 */
export function toldStart(text: string, listen?: Listen, loop = true): void {
  if (!listen || text.length >= 2200) return;
  // cw80: a loopback bind told in the learner's words (above), its port when it says one; at the panel only the port, as told's.
  const bound = listen.port || listen.all || listen.loop ? null : toldBind(text);
  if (bound) {
    if (bound[2]) listen.port = Number(bound[2]);
    if (loop) listen.loop = true;
    return;
  }
  const at = !listen.port ? (told.exec(text) ?? link.exec(text) ?? bridgeLink.exec(text)) : undefined;
  if (!at) return;
  listen.port = Number(at[2]);
  if (loop && /^(?:localhost|127\.0\.0\.1|\[::1\])$/.test(at[1]!)) listen.loop = true;
}

/**
 * cw119: a loopback bind told without where it is (moby/moby#30805: "a node.js app which is using hapi.js to create an httpserver,
 * which listens on localhost"), and the same paste telling the fix that made it answer, every address in place of loopback ("I was
 * able to resolve this issue by having the underlying app listen on 0.0.0.0 instead of localhost"): the fix says the told bind was
 * the server's own, so it is loopback, as a where on its own line is (cw80's bindWhere). The fix alone names no loopback in use
 * (configTold's rule stands), nor does a bind told alone (the address a learner opens). Per paste (`owner`, its Facts), either order.
 */
const fixTold =
  /\b(?:listen|bind|bound|run|serv|host)\w{0,3}\b[^.!?\n]{0,40}?\b(?:on|to|at)\s["'`]?(?:https?:\/\/)?0\.0\.0\.0(?::\d{1,5})?["'`]?\s(?:instead of|rather than)\s["'`]?(?:https?:\/\/)?(?:localhost|127\.0\.0\.1)\b/;
const across = new WeakMap<object, { listen?: Listen; port?: number; fix?: boolean }>();
export function toldAcross(text: string, owner: object, listen?: Listen): void {
  if (!listen || text.length >= 2200) return;
  const s = across.get(owner) ?? {};
  across.set(owner, s);
  if (fixTold.test(text)) s.fix = true;
  else if (!s.listen && !listen.port && !listen.all && !listen.loop) {
    const m = bindTold.exec(text);
    if (m) Object.assign(s, { listen, port: m[2] ? Number(m[2]) : undefined });
  }
  if (s.fix && s.listen && !s.listen.all) {
    s.listen.loop = true;
    if (s.port) s.listen.port ??= s.port;
  }
}
