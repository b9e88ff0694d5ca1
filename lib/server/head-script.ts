// Relative imports, not '@/': next.config.ts imports this file, and Next loads its config without the path alias.
import { themeScript } from '../../components/theme-toggle/theme-script';
import { inlineHash } from './inline-hash';

/** Where the page lists what the loader fetches: attributes of <html>, written by pages/_document.tsx. */
export const loadAttributes = {
  /** Space-separated stylesheet URLs: the page's rest sheet, what its inline critical CSS lacks. */
  css: 'data-css',
  /** Space-separated island module URLs (lib/server/island-manifest.ts). */
  islands: 'data-islands',
  /** Set once the stylesheets have loaded and every island module has run. */
  ready: 'data-ready',
} as const;

/*
 * Everything but the HTML waits for the first contentful paint: the rest sheet first, then
 * the islands (so no island changes a state whose rules are not there yet). A phone on a slow
 * network spends its first round trips on the page itself; Lighthouse's LCP counts every request
 * that finished before the paint, and the islands' module scripts were a third of it
 * (docs/benchmarks.md). The islands are fetched together (modulepreload) but run one at a time,
 * each in its own task, so none blocks the main thread long enough to count as blocking time.
 * Browsers without paint timing load on `load`. A page prerendered for the next click paints, and
 * so loads, when the reader arrives.
 */
const loaderScript = `(function(){var d=document.documentElement,done=0;function list(n){return(d.getAttribute(n)||'').split(' ').filter(Boolean)}function islands(){var u=list('${loadAttributes.islands}'),i=0;u.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.appendChild(l)});(function next(){if(i>=u.length)return d.setAttribute('${loadAttributes.ready}','');import(u[i++]).then(function(){setTimeout(next)})})()}function go(){if(done)return;done=1;var c=list('${loadAttributes.css}'),n=c.length;if(!n)return islands();c.forEach(function(h){var l=document.createElement('link');l.rel='stylesheet';l.href=h;l.onload=l.onerror=function(){if(!--n)islands()};document.head.appendChild(l)})}try{if(PerformanceObserver.supportedEntryTypes.indexOf('paint')<0)throw 0;new PerformanceObserver(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();setTimeout(go)}}).observe({type:'paint',buffered:true})}catch(e){addEventListener('load',go)}})()`;

/**
 * The one inline script of every page, in <head> before anything paints: the theme and the `js`
 * class (components/theme-toggle/theme-script.ts), then the loader above. The CSP allows it by
 * its hash.
 */
export const headScript = themeScript + ';' + loaderScript;

export const headScriptHash = inlineHash(headScript);
