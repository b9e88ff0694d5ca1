import { defineIsland, h, progress, verdict } from '@/lib/browser/runtime';
import { review } from '@/components/review/review-instance';
import { exportProgressFile, fileName, readProgressFile } from './progress-file-format';
import { exportButton, fileStatus, importInput } from './progress-file.contract';

/** Export downloads the file; import checks the whole file first and writes only a good one. */
defineIsland('ld-progress-file', (element) => {
  const button = element.querySelector<HTMLButtonElement>(exportButton);
  const input = element.querySelector<HTMLInputElement>(importInput);
  const status = element.querySelector<HTMLElement>(fileStatus);
  if (!button || !input || !status) return;
  const say = (...content: Array<Node | string>) => status.replaceChildren(h('p', {}, ...content));

  button.addEventListener('click', () => {
    const now = new Date();
    const blob = new Blob([exportProgressFile(progress.getSnapshot().progress, review.getSnapshot().state, now)], {
      type: 'application/json',
    });
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: fileName(now), hidden: true });
    element.append(link);
    link.click();
    link.remove();
    // Revoked later: some browsers start the download after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(`Saved ${fileName(now)} to your downloads.`);
  });

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void file.text().then(
      (text) => {
        const result = readProgressFile(text);
        if (!result.ok) return say(verdict('wrong', 'Not imported.'), ` ${result.error}`);
        progress.reset();
        progress.update(() => result.progress);
        review.replace(result.review);
        const lessons = Object.values(result.progress.lessons).filter((l) => l.complete).length;
        const items = Object.keys(result.review.cards).length;
        say(
          verdict('right', 'Imported.'),
          ` ${lessons} ${lessons === 1 ? 'lesson' : 'lessons'} complete, ${items} ${items === 1 ? 'item' : 'items'} in review.`,
        );
      },
      () => say(verdict('wrong', 'Not imported.'), ' The file could not be read. Nothing in this browser was changed.'),
    );
  });
});
