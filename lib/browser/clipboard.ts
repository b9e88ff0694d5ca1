/**
 * Puts text on the clipboard: the Clipboard API first, then the old select + execCommand
 * way (refused permission, older browsers, non-secure origins). Resolves false when both
 * fail, so the caller can select the text and ask the reader to press Ctrl+C.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyBySelection(text);
  }
}

function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0';
  const focused = document.activeElement;
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    // unsupported: copied stays false
  }
  area.remove();
  if (focused instanceof HTMLElement) focused.focus();
  return copied;
}
