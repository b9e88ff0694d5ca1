'use client';

import { useId, useRef, useState, useSyncExternalStore } from 'react';
import { fillCommands, fillParts, type Part } from '@/lib/code-blocks/placeholders';
import { copyToClipboard } from './clipboard';
import { PlaceholderFields } from './placeholder-fields';
import { getValues } from './placeholder-store';

export type IslandCommand = { line: number; label: string; parts: Part[] };

type CopyControlsProps = {
  commands: IslandCommand[];
  /** Accessible name of the copy-all button: "Copy " + noun. */
  noun: string;
  /** A session with several commands: one more button per command, beside its first line. */
  perCommand: boolean;
  /** The highlighted code, built HTML: static markup that hydration does not walk. */
  html: string;
};

const noSubscription = () => () => {};
const hiddenWithoutJs = '[html:not(.js)_&]:hidden';
/** The fallback: the text to copy, focused and selected, for the reader's own Ctrl+C. */
const selectAll = (area: HTMLTextAreaElement | null) => {
  area?.focus();
  area?.select();
};

/**
 * The one client island of a code block: copy buttons, their feedback, the Ctrl+C fallback
 * and the placeholder fields. The text to copy comes from the build (props), never from the
 * page; only the values typed into placeholders are added here.
 */
export function CopyControls({ commands, noun, perCommand, html }: CopyControlsProps) {
  // False on the server and while hydrating: buttons stay disabled until they work.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [copied, setCopied] = useState<number | null>(null); // -1: the copy-all button
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const [code, setCode] = useState<HTMLDivElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const manualId = useId();

  async function copy(index: number) {
    const values = getValues();
    const text = index < 0 ? fillCommands(commands, values) : fillParts(commands[index]!.parts, values);
    const ok = await copyToClipboard(text);
    clearTimeout(timer.current);
    setCopied(ok ? index : null);
    setManual(ok ? null : text);
    setStatus(ok ? 'Copied' : `Press ${/Mac|iP(hone|ad)/.test(navigator.userAgent) ? '⌘C' : 'Ctrl+C'} to copy`);
    if (!ok) return;
    timer.current = setTimeout(() => {
      setCopied(null);
      setStatus('');
    }, 2000);
  }

  return (
    <>
      <button
        type="button"
        disabled={!hydrated}
        onClick={() => copy(-1)}
        className={`absolute top-1 right-1.5 inline-flex h-7 items-center gap-1.5 rounded-md px-2 text-xs font-medium text-ink hover:bg-line/60 disabled:opacity-50 ${hiddenWithoutJs}`}
      >
        <Icon done={copied === -1} />
        {copied === -1 ? 'Copied' : <>Copy<span className="sr-only"> {noun}</span></>}
      </button>
      <div className="flex">
        {perCommand && (
          <div className={`relative w-8 shrink-0 border-r border-line ${hiddenWithoutJs}`}>
            {commands.map((command, index) => (
              <button
                key={index}
                type="button"
                disabled={!hydrated}
                aria-label={command.label}
                title="Copy this command"
                onClick={() => copy(index)}
                style={{ top: `${0.75 + command.line * 1.5}rem` }}
                className="absolute left-1 inline-flex size-6 items-center justify-center rounded text-muted hover:bg-line/60 hover:text-ink disabled:opacity-50"
              >
                <Icon done={copied === index} />
              </button>
            ))}
          </div>
        )}
        <div ref={setCode} className="min-w-0 flex-1" dangerouslySetInnerHTML={{ __html: html }} />
      </div>
      <div role="status" className="sr-only">
        {status}
      </div>
      {manual !== null && (
        <div className="border-t border-line px-3 py-2">
          <label htmlFor={manualId} className="block text-xs font-semibold text-ink">
            {status}
          </label>
          <textarea
            key={manual}
            id={manualId}
            ref={selectAll}
            readOnly
            value={manual}
            rows={Math.min(manual.split('\n').length, 8)}
            onBlur={() => setManual(null)}
            className="mt-1 block w-full resize-none rounded border border-line bg-page p-2 font-mono text-sm text-ink"
          />
        </div>
      )}
      <PlaceholderFields container={code} />
    </>
  );
}

function Icon({ done }: { done: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-none stroke-current stroke-[1.5]">
      {done ? <path d="M3 8.5l3 3 7-7" /> : <path d="M5.5 5.5V2.5h8v8h-3M2.5 5.5h8v8h-8z" />}
    </svg>
  );
}
