import { start } from '@/lib/browser/start';

/** The phone's "Menu" button over the lesson list (components/lesson-menu/lesson-menu.tsx). */
start(() => {
  const button = document.querySelector<HTMLButtonElement>('button[aria-controls="lesson-menu"]');
  const panel = document.getElementById('lesson-menu');
  if (!button || !panel) return;
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    panel.toggleAttribute('data-open', open);
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    setOpen(false);
    button.focus();
  });
});
