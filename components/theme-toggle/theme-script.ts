// Relative, not '@/': next.config.ts imports this file, and Next loads its config without the path alias.
import { inlineHash } from '../../lib/server/inline-hash';
import { storageKeys } from '../../lib/shared/storage-keys';

/**
 * The one inline script of every page: it runs in <head> before the body paints, so the page
 * never flashes the wrong theme (a choice from the toggle wins, otherwise the system's), and
 * marks <html> with `js`, which lets CSS show no-JavaScript fallbacks only when needed.
 * Everything else is a module script from our origin; the CSP allows this one by its hash.
 */
export const themeScript = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${storageKeys.theme}');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}d.classList.toggle('dark',t==='dark')}catch(e){}})()`;

/** The CSP source that allows exactly that script. */
export const themeScriptHash = inlineHash(themeScript);
