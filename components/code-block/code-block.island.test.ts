// @vitest-environment happy-dom
import { createElement, Fragment, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CodeBlock } from '@/components/code-block/code-block';
import { copyCommands } from '@/lib/content/code-blocks/copy-text';
import { parseShell } from '@/lib/content/code-blocks/parse-session';
import { storageKeys } from '@/lib/shared/storage-keys';
import { $, renderPage, setUpPage, startIsland, text, type } from '@/lib/browser/test-dom';
import { copied, copyAll as copyAllButton, copyCommand as copyCommandButton, copyText } from './code-block.contract';

/**
 * A ```console block as the build renders it: CodeBlock with the copy text of
 * lib/content/code-blocks/copy-text.ts, around the highlighted lines marked the way
 * lib/content/code-blocks/rehype-code-blocks.ts marks them (prompts, `<user>` placeholders).
 */
function session(source: string) {
  const lines = parseShell(source, 'session').lines.map((line, n) => {
    const children: ReactNode[] = [];
    let at = 0;
    if (line.prompt) {
      children.push(createElement('span', { key: 'prompt', 'data-prompt': line.prompt.startsWith('#') ? 'root' : 'user' }, line.prompt));
      at = line.prompt.length;
    }
    for (const { name, start, end } of line.placeholders) {
      children.push(line.text.slice(at, start));
      children.push(
        createElement(
          'span',
          { key: start, 'data-placeholder': name },
          createElement('span', { 'data-placeholder-text': '' }, `<${name}>`),
        ),
      );
      at = end;
    }
    children.push(line.text.slice(at));
    return createElement('span', { key: n, className: 'line', 'data-kind': line.kind }, ...children);
  });
  return createElement(
    CodeBlock,
    { lang: 'console', kind: 'session', copy: JSON.stringify(copyCommands('console', source)) },
    createElement(
      'pre',
      { className: 'shiki', tabIndex: 0 },
      createElement('code', null, ...lines.flatMap((line, n) => (n ? ['\n', line] : [line]))),
    ),
  );
}

const setup = '$ sudo usermod -aG docker <user>\n$ docker run hello-world\nHello from Docker!\n# echo "hi <user>"';
const check = '$ groups <user>';

const page = () => createElement(Fragment, null, session(setup), session(check));

const blocks = () => [...document.querySelectorAll<HTMLElement>(`figure${copyText.selector}`)];
const copyAll = (block: HTMLElement) => $<HTMLButtonElement>(`button${copyAllButton.selector}`, block);
const copyCommand = (block: HTMLElement, index: number) => $<HTMLButtonElement>(`button[${copyCommandButton.name}="${index}"]`, block);
const status = (block: HTMLElement) => $(':scope > [role=status]', block);
const fields = () => [...document.querySelectorAll<HTMLInputElement>('[data-placeholder] > input')];

/** The Clipboard API, resolving (granted) or rejecting (refused, insecure origin). */
function stubClipboard(works: boolean) {
  return vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async () => {
    if (!works) throw new DOMException('Write permission denied.', 'NotAllowedError');
  });
}

/** The old way: `execCommand('copy')` copies what is selected; happy-dom has none of it. */
function stubExecCommand(works: boolean) {
  const copied: string[] = [];
  const execCommand = vi.fn(() => {
    copied.push((document.querySelector('body > textarea') as HTMLTextAreaElement | null)?.value ?? '');
    return works;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return { execCommand, copied };
}

async function openPage() {
  renderPage(page());
  await startIsland(() => import('./code-block.island'));
}

async function click(button: HTMLButtonElement, block: HTMLElement) {
  button.click();
  await vi.waitFor(() => expect(text(status(block))).not.toBe(''), { interval: 5 });
}

describe('code-block island', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('enables the copy buttons, which the server renders disabled', async () => {
    renderPage(page());
    const buttons = () => [
      ...document.querySelectorAll<HTMLButtonElement>(`button${copyAllButton.selector}, button${copyCommandButton.selector}`),
    ];
    expect(buttons()).toHaveLength(5); // two copy-all, three per-command (the one-command block has none)
    expect(buttons().every((button) => button.disabled)).toBe(true);

    await startIsland(() => import('./code-block.island'));
    expect(buttons().every((button) => !button.disabled)).toBe(true);
  });

  it('copy text it cannot read (a page from an older build) leaves the buttons disabled, never copying something else', async () => {
    renderPage(page());
    const [block] = blocks();
    block!.setAttribute(copyText.name, '[[{"placeholder":"user"}]]');
    await startIsland(() => import('./code-block.island'));
    expect(copyAll(block!).disabled).toBe(true);
    expect(copyAll(blocks()[1]!).disabled).toBe(false);
  });

  it('Copy copies every command without prompts or output, an empty placeholder as its fallback', async () => {
    const writeText = stubClipboard(true);
    await openPage();
    const [block] = blocks();

    await click(copyAll(block!), block!);
    expect(writeText).toHaveBeenCalledWith('sudo usermod -aG docker $USER\ndocker run hello-world\necho "hi $USER"');
    expect(text(status(block!))).toBe('Copied');
    expect(copyAll(block!).hasAttribute(copied.name)).toBe(true);
  });

  it('each command’s own button copies that command only', async () => {
    const writeText = stubClipboard(true);
    await openPage();
    const [block] = blocks();

    await click(copyCommand(block!, 1), block!);
    expect(writeText).toHaveBeenLastCalledWith('docker run hello-world');
    expect(copyCommand(block!, 1).hasAttribute(copied.name)).toBe(true);

    await click(copyCommand(block!, 2), block!);
    expect(writeText).toHaveBeenLastCalledWith('echo "hi $USER"');
    // Only the button that copied last says so.
    expect(copyCommand(block!, 1).hasAttribute(copied.name)).toBe(false);
    expect(copyCommand(block!, 2).hasAttribute(copied.name)).toBe(true);
  });

  it('"Copied" goes after two seconds', async () => {
    stubClipboard(true);
    await openPage();
    const [block] = blocks();
    vi.useFakeTimers();
    await click(copyAll(block!), block!);

    // vi.waitFor, in click(), moved the fake clock by a few milliseconds.
    vi.advanceTimersByTime(1500);
    expect(copyAll(block!).hasAttribute(copied.name)).toBe(true);
    expect(text(status(block!))).toBe('Copied');
    vi.advanceTimersByTime(500);
    expect(copyAll(block!).hasAttribute(copied.name)).toBe(false);
    expect(text(status(block!))).toBe('');
  });

  it('turns each placeholder into a text field named after it', async () => {
    await openPage();
    expect(fields()).toHaveLength(3);
    for (const field of fields()) {
      expect(field.type).toBe('text');
      expect(field.getAttribute('aria-label')).toBe('user');
      expect(field.placeholder).toBe('user');
      expect(field.title).toContain('Left empty, the copy uses $USER.');
      expect(field.value).toBe('');
    }
  });

  it('a value typed in one field fills every block, the copy, and the next page view', async () => {
    const writeText = stubClipboard(true);
    await openPage();
    type(fields()[0]!, 'ada');
    expect(fields().map((field) => field.value)).toEqual(['ada', 'ada', 'ada']);
    expect(JSON.parse(localStorage.getItem(storageKeys.placeholders) ?? '{}')).toEqual({ user: 'ada' });

    const [, block] = blocks();
    await click(copyAll(block!), block!);
    expect(writeText).toHaveBeenLastCalledWith('groups ada');

    // A new page view reads the value back.
    await openPage();
    expect(fields().map((field) => field.value)).toEqual(['ada', 'ada', 'ada']);
    const [first] = blocks();
    await click(copyAll(first!), first!);
    expect(writeText).toHaveBeenLastCalledWith('sudo usermod -aG docker ada\ndocker run hello-world\necho "hi ada"');
  });

  it('a value with a space is copied as one shell word, and the fields grow to fit it', async () => {
    const writeText = stubClipboard(true);
    await openPage();
    type(fields()[2]!, 'Ada Lovelace');
    expect(fields().map((field) => field.style.width)).toEqual(['13ch', '13ch', '13ch']);

    const [block] = blocks();
    await click(copyAll(block!), block!);
    expect(writeText).toHaveBeenLastCalledWith('sudo usermod -aG docker \'Ada Lovelace\'\ndocker run hello-world\necho "hi Ada Lovelace"');
  });

  it('follows a value typed in another tab', async () => {
    await openPage();
    localStorage.setItem(storageKeys.placeholders, JSON.stringify({ user: 'grace' }));
    window.dispatchEvent(new StorageEvent('storage', { key: storageKeys.placeholders }));
    expect(fields().map((field) => field.value)).toEqual(['grace', 'grace', 'grace']);
  });

  it('without the Clipboard API, copies by selection with execCommand and gives the focus back', async () => {
    stubClipboard(false);
    const { execCommand, copied } = stubExecCommand(true);
    await openPage();
    const [block] = blocks();
    copyCommand(block!, 0).focus();

    await click(copyCommand(block!, 0), block!);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toEqual(['sudo usermod -aG docker $USER']);
    expect(text(status(block!))).toBe('Copied');
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(copyCommand(block!, 0));
  });

  it('when both ways fail, selects the text in a field and asks for Ctrl+C', async () => {
    stubClipboard(false);
    stubExecCommand(false);
    await openPage();
    const [block] = blocks();

    await click(copyAll(block!), block!);
    expect(text(status(block!))).toBe('Press Ctrl+C to copy');
    expect(copyAll(block!).hasAttribute(copied.name)).toBe(false);
    const area = $<HTMLTextAreaElement>('textarea', block!);
    expect(area.value).toBe('sudo usermod -aG docker $USER\ndocker run hello-world\necho "hi $USER"');
    expect(area.readOnly).toBe(true);
    expect(area.getAttribute('rows')).toBe('3');
    expect(document.activeElement).toBe(area);
    expect(area.selectionStart).toBe(0);
    expect(area.selectionEnd).toBe(area.value.length);
    expect(text($(`label[for="${area.id}"]`, block!))).toBe('Press Ctrl+C to copy');

    // Leaving the field takes it away.
    area.dispatchEvent(new FocusEvent('blur'));
    expect(block!.querySelector('textarea')).toBeNull();
  });

  it('says ⌘C on a Mac, and also falls back when execCommand is missing or throws', async () => {
    stubClipboard(false);
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15');
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: () => {
        throw new Error('not supported');
      },
    });
    await openPage();
    const [, block] = blocks();

    await click(copyAll(block!), block!);
    expect(text(status(block!))).toBe('Press ⌘C to copy');
    expect($<HTMLTextAreaElement>('textarea', block!).value).toBe('groups $USER');
  });

  it('a copy that works takes away the field a failed one left', async () => {
    const writeText = stubClipboard(false);
    stubExecCommand(false);
    await openPage();
    const [block] = blocks();
    await click(copyAll(block!), block!);
    expect(block!.querySelector('textarea')).not.toBeNull();

    writeText.mockResolvedValue(undefined);
    copyCommand(block!, 1).click();
    await vi.waitFor(() => expect(text(status(block!))).toBe('Copied'));
    expect(block!.querySelector('textarea')).toBeNull();
  });

  it('a file block without copy text copies its own code, with the final newline of a file', async () => {
    const writeText = stubClipboard(true);
    const source = 'FROM python:3.12-slim\n\n# a <user> & "quote"\n\tCMD ["python", "app.py"]';
    const lines = source
      .split('\n')
      .map((line, n) => createElement('span', { key: n, className: 'line' }, createElement('span', { className: 'sk-x' }, line)));
    renderPage(
      createElement(
        CodeBlock,
        { lang: 'dockerfile', kind: 'file', title: 'Dockerfile' },
        createElement(
          'pre',
          { className: 'shiki', tabIndex: 0 },
          createElement('code', null, ...lines.flatMap((line, n) => (n ? ['\n', line] : [line]))),
        ),
      ),
    );
    await startIsland(() => import('./code-block.island'));
    const block = document.querySelector<HTMLElement>('figure')!;
    expect(block.hasAttribute(copyText.name)).toBe(false);
    await click(copyAll(block), block);
    expect(writeText).toHaveBeenCalledWith(copyCommands('dockerfile', source)[0]!.parts.join(''));
  });
});
