/*
 * What learners' tools do to a paste on its way to the panel, each as a rewrite of a real paste
 * (scripts/check-work-habits.ts and habits.test.ts try them on the corpus). undefined: the habit
 * does not apply to this paste (a fence inside a fence is not how anyone pastes).
 */
type Habit = (text: string) => string | undefined;

const lines = (text: string) => text.replace(/\n+$/, '').split('\n');

export const habits: Record<string, Habit> = {
  // A Markdown fence, as GitHub, Discourse, Slack and Teams show code; with a language, as issue templates ask.
  fence: (t) => (t.includes('```') ? undefined : '```\n' + t.replace(/\n+$/, '') + '\n```\n'),
  'fence-console': (t) => (t.includes('```') ? undefined : '```console\n' + t.replace(/\n+$/, '') + '\n```\n'),
  // A sentence before and after, as in a question.
  prose: (t) => `Here is what I get when I try it:\n\n${t.replace(/\n+$/, '')}\n\nAny idea what I am doing wrong?\n`,
  // Windows' line ends (Notepad, a Windows browser's clipboard).
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  // Markdown's indented code block (four spaces), below a sentence.
  indent: (t) => 'Output:\n\n' + lines(t).map((l) => (l ? '    ' + l : l)).join('\n') + '\n',
  // A reply quoting the paste (`> ` on every line: GitHub, Discourse, e-mail).
  quote: (t) => lines(t).map((l) => '> ' + l).join('\n') + '\n',
  // Trailing spaces a terminal's selection keeps to the window's width.
  trailing: (t) => lines(t).map((l) => l + '   ').join('\n') + '\n',
  // HTML's entities, as a page's source or a feed shows them (`0.0.0.0:8050-&gt;8050/tcp`).
  entities: (t) =>
    /[<>&"]/.test(t) ? t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;') : undefined,
  // A chat's or a word processor's typographic quotes.
  'smart-quotes': (t) =>
    /["']/.test(t) ? t.replace(/"([^"\n]*)"/g, '\u201c$1\u201d').replace(/'/g, '\u2019') : undefined,
  // Non-breaking spaces, as a rendered page's copy gives them.
  nbsp: (t) => (t.includes(' ') ? t.replace(/ /g, '\u00a0') : undefined),
  // A zero-width space at each line's start (chat apps).
  zwsp: (t) => lines(t).map((l) => '\u200b' + l).join('\n') + '\n',
  // A prompt before each docker command the paste shows without one: bash's, and PowerShell's on Windows.
  prompt: (t) => (/^docker/m.test(t) ? t.replace(/^(?=(?:sudo )?docker(?:-compose)? )/gm, 'me@laptop:~/dash-app$ ') : undefined),
  'ps-prompt': (t) => (/^docker/m.test(t) ? t.replace(/^(?=docker(?:-compose)? )/gm, 'PS C:\\Users\\me\\dash-app> ') : undefined),
  // Blank lines around, and a blank line after each line (a rich-text editor's paragraphs).
  paragraphs: (t) => '\n\n' + lines(t).join('\n\n') + '\n\n',
  // cw36, more habits of the tools learners paste through:
  // Markdown's indented block made with a tab (an editor's Tab key in a forum's or a README's text box).
  'indent-tab': (t) => 'Output:\n\n' + lines(t).map((l) => (l ? '\t' + l : l)).join('\n') + '\n',
  // A fence in a list item, indented with it (GitHub's and Discourse's Markdown under a numbered step).
  'fence-indent': (t) =>
    t.includes('```') ? undefined : 'Output:\n\n    ```\n' + lines(t).map((l) => (l ? '    ' + l : l)).join('\n') + '\n    ```\n',
  // GitHub's collapsible section around a long log (`<details><summary>…</summary>`, issue templates ask for it).
  details: (t) =>
    t.includes('```') ? undefined : '<details><summary>Output</summary>\n\n```\n' + t.replace(/\n+$/, '') + '\n```\n\n</details>\n',
  // A reply quoting the paste between its own sentences (GitHub, Discourse, an e-mail client's reply).
  'quote-prose': (t) => 'I ran it:\n\n' + lines(t).map((l) => '> ' + l).join('\n') + '\n\nThanks!\n',
  // A paste landing in a bulleted list: Word's, Outlook's and Google Docs' `• ` on each paragraph.
  bullets: (t) => lines(t).map((l) => (l.trim() ? '\u2022 ' + l : l)).join('\n') + '\n',
  // A chat's list after a sentence (Slack and Teams turn `- ` into a list; each line an item).
  'dash-list': (t) => 'This is what I see:\n\n' + lines(t).map((l) => (l.trim() ? '- ' + l : l)).join('\n') + '\n',
  // Smart punctuation: three dots as one character (macOS' text substitution, Word's and Outlook's AutoCorrect).
  ellipsis: (t) => (t.includes('...') ? t.replace(/\.\.\./g, '\u2026') : undefined),
  // A byte-order mark before the text (Windows Notepad's UTF-8, PowerShell 5's Out-File and Set-Content).
  bom: (t) => '\ufeff' + t,
  // Not here, because they change what the paste says: a page's whitespace collapsed outside <pre> (a compose file's nesting
  // is lost), a console's hard wrap at 80 columns (an error's words split across lines; see README "Copying habits (cw36)").
};

/**
 * Habits that may change the answer (what they lose may be what the step needs) but must never make an "ok" the expert does not
 * give (habits.test.ts): Windows' legacy console copies a line it wrapped at the window's width as two (conhost's selection,
 * 80 columns by default; 120 since Windows 10's defaults); a page that showed the output as prose, not in a code block, gives
 * it back with its spaces collapsed (a YAML file or an aligned table loses its shape: measured 2026-12-04, 809/827 answers
 * unchanged with lines kept, 804/1167 on one line, 0 false ok).
 */
export const lossyHabits: Record<string, Habit> = {
  'hard-wrap-80': (t) => wrapAt(t, 80),
  'hard-wrap-120': (t) => wrapAt(t, 120),
  // Output posted without a code block and copied back from the rendered page: HTML collapses runs of spaces, so a table's
  // columns line up no more; a comment keeps its line breaks (GitHub's comments, forums) or loses them too (a page that does not).
  'spaces-collapsed': (t) => changed(t, lines(t).map((l) => l.replace(/[ \t]+/g, ' ').trim()).join('\n') + '\n'),
  'one-line': (t) => changed(t, t.replace(/\s+/g, ' ').trim() + '\n'),
};

/** The rewrite, or undefined when it changes nothing (the habit does not apply to this paste). */
const changed = (text: string, rewritten: string) => (rewritten.trim() === text.trim() ? undefined : rewritten);

function wrapAt(text: string, width: number): string | undefined {
  const all = lines(text);
  if (!all.some((l) => l.length > width)) return undefined;
  return all.flatMap((l) => (l.length > width ? (l.match(new RegExp(`.{1,${width}}`, 'g')) ?? [l]) : [l])).join('\n') + '\n';
}
