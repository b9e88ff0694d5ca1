// Relative, not '@/': next.config.ts imports this file (through lib/server/head-script.ts), and Next loads its config without the path alias.
import { storageKeys } from '../../lib/shared/storage-keys';

/**
 * The theme, set before the body paints, so the page never flashes the wrong one (a choice from
 * the toggle wins, otherwise the system's), and the `js` class on <html>, which lets CSS show
 * no-JavaScript fallbacks only when needed. It runs as part of the page's one inline script
 * (lib/server/head-script.ts).
 */
export const themeScript = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${storageKeys.theme}');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}d.classList.toggle('dark',t==='dark')}catch(e){}})()`;
