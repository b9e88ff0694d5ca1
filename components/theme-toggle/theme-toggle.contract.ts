import { attribute, flag } from '@/lib/shared/contract';

/** The theme switch: what theme-toggle.tsx renders and theme-toggle.island.ts reads. */
export const themeToggleTag = 'ld-theme-toggle';

/** The switch itself, an `aria-pressed` button named "Dark theme". */
export const themeButton = attribute('data-theme-toggle', flag);
