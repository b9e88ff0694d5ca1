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
 * Keeps the retold line's port when the line says none of its own (parse-logs.ts read it first); a loopback address as loopback on
 * the reach path only: at lesson 5's panel a retelling does not come before the run line (h39-aspnetdocker132: no -p answers there).
 */
export function toldStart(text: string, listen?: Listen, loop = true): void {
  const at = listen && !listen.port && text.length < 2200 ? (told.exec(text) ?? link.exec(text)) : undefined;
  if (!at) return;
  listen!.port = Number(at[2]);
  if (loop && !/^(?:0\.0\.0\.0|\[::\])$/.test(at[1]!)) listen!.loop = true;
}
