/*
 * Turns a paste into clean segments: one per command pasted above its output. The paste is
 * capped first (head and tail, because errors and exit lines come last), so that a 5 MB
 * paste costs no more than a 64 KB one of at most 2,000 lines (a full docker inspect is about
 * 8 KB and 250 lines); every regex below is linear on a line, and no paste gets more than
 * maxSegments commands.
 */

export const maxChars = 1 << 16;
const maxSegments = 24;

export type Segment = { cmd: string; lines: string[] };

const maxLines = 2000;

/** Caps, strips colour codes (Compose and Werkzeug colour their output on a terminal), unifies line ends. */
export function prepare(raw: string): string {
  const text = raw.length > maxChars ? raw.slice(0, maxChars / 2) + '\n' + raw.slice(-maxChars / 2) : raw;
  const lines = text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').split(/\r\n?|\n/);
  // Many short lines cost more than few long ones; a real paste has a few hundred.
  return (lines.length > maxLines ? [...lines.slice(0, maxLines / 2), ...lines.slice(-maxLines / 2)] : lines).join('\n');
}

/** NUL and other control characters (not tab or line ends) mean a binary file, not terminal text. */
export function isBinary(text: string): boolean {
  const bad = text.match(/[\0-\x08\x0e-\x1f\x7f\ufffd]/g);
  return bad !== null && bad.length > text.length / 50;
}

/*
 * Prompts the learner may paste along: `$ `, `% `, `PS C:\Users\me> `, `me@host:~/dash-app$ `,
 * `[me@host dash-app]$ `, zsh's `➜  dash-app `, Kali's `└─$ `. `# ` and `> ` are also Markdown
 * and log text, so they only count as a prompt when a docker command follows.
 */
const prompt = /^(?:PS [^>]*> ?|\[[^\]]*\][$#] ?|[\w.-]+@[\w.-]+(?::[^\s$#]*)?\s?[$#%] ?|└─[$#] ?|➜ +\S+ +|[$%❯] ?)/;
const rootPrompt = /^[#>] ?(?=(?:sudo )?docker)/;
const dockerCmd = /^(?:sudo +)?docker(?:-compose)? +[a-z]/;

export function segments(text: string): Segment[] {
  const out: Segment[] = [{ cmd: '', lines: [] }];
  for (const line of text.split('\n')) {
    const m = prompt.exec(line) ?? rootPrompt.exec(line);
    const rest = m ? line.slice(m[0].length).trim() : line;
    if ((m || dockerCmd.test(line)) && out.length < maxSegments) {
      // A prompt alone starts nothing; a prompt with a command starts its output.
      if (rest) out.push({ cmd: rest.replace(/^sudo +/, ''), lines: [] });
      continue;
    }
    out[out.length - 1]!.lines.push(line);
  }
  return out.filter((s) => s.cmd || s.lines.some((l) => l.trim()));
}
