import { THEME_STORAGE_KEY } from './theme-key';

/**
 * Runs in <head> before the body paints, so the page never flashes the wrong theme: an
 * explicit choice from the toggle wins, otherwise the system preference. It also marks
 * <html> with `js`, which lets CSS show no-JavaScript fallbacks only when they are needed.
 */
const script = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}d.classList.toggle('dark',t==='dark')}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
