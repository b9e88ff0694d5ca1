/*
 * Finds the JSON values at the start of a segment: one array (`docker inspect`, `docker network
 * inspect`, `docker compose ps --format json` before Compose 2.21) or one object per line
 * (`--format json` of docker ps and of Compose 2.21+). One linear pass that tracks depth and
 * strings, so truncated JSON is noticed without JSON.parse on every prefix.
 */

/** `rest`: the document the text ended inside, from its first bracket, for schemas.ts to read what it holds (readScan). */
/** `end`: where the text after the last whole value starts, when text that is no JSON follows it (cw80, read.ts withJson). */
/** cw113: `elided`, a value parsed only without the lines its author elided (`...`): what it shows may not be all. */
export type JsonScan = { values: unknown[]; cut: boolean; rest?: string; excerpt?: boolean; end?: number; elided?: boolean };

export function jsonValues(text: string): JsonScan {
  const values: unknown[] = [];
  let elided = false;
  const out = (scan: JsonScan): JsonScan => (elided ? { ...scan, elided } : scan);
  let i = 0;
  for (;;) {
    while (i < text.length && text.charCodeAt(i) <= 32) i++;
    // An excerpt that starts at a member, inside the document (`"NetworkSettings": {`, `"Ports": {`, `"State": {` of docker
    // inspect, robertpsoane/ducker#170, containerd/nerdctl#130): the members of an object whose opening the poster left out.
    if (!values.length && (member.test(text.slice(i, i + 80)) || endpointKey.test(text.slice(i, i + 200)))) {
      const scan = jsonValues(`{${text.slice(i)}`);
      return { ...scan, excerpt: true };
    }
    // The same member retyped as a JavaScript object, its keys bare (`State:{ Dead:false, ExitCode:137, … Status:"exited" }`,
    // coderaiser/cloudcmd#440): read only when its value closes and parses with the keys quoted; else the text is no JSON.
    if (!values.length && bareMember.test(text.slice(i, i + 80))) {
      const open = text.indexOf(':', i) + 1;
      const end = closing(text, text.slice(open).search(/\S/) + open);
      // cw89: a log line whose level and a bracketed count look like such a member (Elasticsearch's `ERROR: [1] bootstrap checks
      // failed`, elastic/elasticsearch BootstrapChecks: `"[" + errors.size() + "] bootstrap checks failed"`; `WARNING: [2] …`): the
      // line goes on in words after the value, which no object's member does. Only a comma or the object's end may follow it.
      if (end > 0 && !/^[ \t]*[,}]?[ \t]*(?:\n|$)/.test(text.slice(end, end + 200))) return { values, cut: false };
      try {
        const quoted = `{${text.slice(i, end)}}`.replace(/([{,]\s*)([A-Za-z_][\w.-]{0,60})\s*:/g, '$1"$2":');
        return { values: [JSON.parse(quoted)], cut: false };
      } catch {
        return { values, cut: false };
      }
    }
    const c = text[i];
    if (c !== '[' && c !== '{') return out(values.length && i < text.length ? { values, cut: false, end: i } : { values, cut: false });
    // `[+] Running 2/2` (Compose's progress), `[36m` and Flask's `[2024-04-13 20:47:25,101] INFO in app: …` are not JSON.
    // cw115: nor two opening braces, a template's action copied with a docs page's Markdown source (Hugo's shortcodes `{{% notice note
    // %}}`, `{{< tab >}}`: gohugoio/hugo tpl/tplimpl's shortcode delimiters; Go text/template's `{{.Name}}`, Jinja's and Handlebars'
    // `{{ var }}`): an object's member begins with a string (RFC 8259 §4), so `{{` opens no document, and the lines after it are text
    // (h93-workshop11574897483: the learn theme's notice between a run line and Flask's log, read as a cut document before).
    if (text.startsWith('{{', i) || !/^[[{]\s*(?:[[{"\]}]|-?\d[\d.]*\s*[,\]]|$)/.test(text.slice(i, i + 40)))
      return out(values.length ? { values, cut: false, end: i } : { values, cut: false });
    const end = closing(text, i);
    if (end < 0) return out({ values, cut: true, rest: text.slice(i) });
    // cw89: a bracketed count or tag that starts a log line, words after it on the same line (Elasticsearch's bootstrap check `[1]:
    // max virtual memory areas vm.max_map_count [65530] is too low`, a `[1] FATAL` marker): a line of text, not a document.
    if (/^[ \t]*[:\p{L}]/u.test(text.slice(end, end + 40)))
      return out(values.length ? { values, cut: false, end: i } : { values, cut: false });
    try {
      values.push(JSON.parse(text.slice(i, end)));
    } catch {
      // A note the poster wrote after a value (`"Containers": null,    **<===== Not in list**`, moby#31520; `// here`, `# this`,
      // `<-- missing`): the document without it, else it stays unread.
      // cw113: and the members an author elided, a line of its own holding only `...` or `…` (a note's sample output of `docker
      // network inspect bridge`, h90-notes34091060134; docker/docs' own inspect examples elide so), with the comma that then ends an
      // object or list.
      const noted = text.slice(i, end).replace(/([\w"\]}[{],?)[ \t]+(?:<[-=]|\/\/|#)[^\n]*/g, '$1');
      // cw189 (stop 58): or that mark with the writer's words after it, any script (`...后面省略`, "the rest left out", a Chinese
      // note's docker network inspect: h122-notes26165454191; `... (truncated)`, `… snip`): no quote, bracket, comma or colon in them.
      // cw194 (stop 59): the mark with the comma of the entries it stands for (`...,` before a list's last entry: the earlier
      // results of a health Log, dunglas/mercure#1004; docker/docs' `"Log": [ ..., {` the same).
      const without = noted
        .replace(/^[ \t]*(?:\.{3}|…),?(?:[ \t]*[^\s"{}[\],:.…][^\n"{}[\],:]{0,40})?[ \t]*$/gm, '')
        .replace(/,(\s*[}\]])/g, '$1');
      try {
        values.push(JSON.parse(noted));
      } catch {
        try {
          if (without === noted) throw new Error('no elision');
          values.push(JSON.parse(without));
          elided = true;
        } catch {
          return out({ values, cut: true });
        }
      }
    }
    i = end;
  }
}

/**
 * A quoted key, its colon and an object or list: a member of a JSON object (`"Ports": {`), not a quoted sentence. cw109: or a
 * container's 64-digit ID, the key of a network inspect's Containers map (`"4e86cf95…": {`, moby api/types/network Inspect).
 */
export const member = /^"(?:[A-Z][\w.-]{0,60}|[0-9a-f]{64})"\s*:\s*[[{]/;

/**
 * cw208 (stop 60): a network's name as the key of a container's map of networks, its value an EndpointSettings (moby
 * api/types/network EndpointSettings: IPAMConfig, Links, Aliases, NetworkID, EndpointID, Gateway, IPAddress, IPPrefixLen,
 * IPv6Gateway, GlobalIPv6Address, GlobalIPv6PrefixLen, MacAddress, DriverOpts, DNSNames), the first of its members on the next
 * line: `docker inspect -f '{{json .NetworkSettings.Networks}}' NAME` pretty-printed (Perl's json_pp, JSON::PP's `pretty`: three
 * spaces a level and a space on each side of the colon, `"bridge" : {`; jq's and `python -m json.tool`'s `"bridge": {`) and copied
 * from that key on, the map's own brace left out. A network's name may be lower-case, so only with such a member under it.
 */
export const endpointKey =
  /^"[a-zA-Z0-9][\w.-]{0,100}"[ \t]*:[ \t]*\{[ \t]*\r?\n[ \t]*"(?:IPAMConfig|Links|Aliases|NetworkID|EndpointID|Gateway|IPAddress|IPPrefixLen|IPv6Gateway|GlobalIPv6Address|GlobalIPv6PrefixLen|MacAddress|DriverOpts|DNSNames|GwPriority)"[ \t]*:/;

/**
 * A capitalised bare key, its colon and an object or list (a JavaScript object's member, as a poster may retype one), on one
 * line: a heading above a document (`Output:`, then a blank line and `{`, a forum's indented block below a sentence) is no key.
 */
export const bareMember = /^[A-Z][\w.-]{0,60}[ \t]*:[ \t]*[[{]/;

/** Index after the bracket that closes the one at `start`, or -1 when the text ends first. */
function closing(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) depth++;
    else if ((c === 93 || c === 125) && --depth === 0) return i + 1;
  }
  return -1;
}
