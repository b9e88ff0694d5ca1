// Relative imports, not '@/': next.config.ts imports this file, and Next loads its config without the path alias.
import { themeScript } from '../../components/theme-toggle/theme-script';
import { loadAttributes } from '../shared/page-load';
import { inlineHash } from './inline-hash';

/*
 * Everything but the HTML waits for the first contentful paint: the rest sheet first, then
 * the islands (so no island changes a state whose rules are not there yet). A phone on a slow
 * network spends its first round trips on the page itself; Lighthouse's LCP counts every request
 * that finished before the paint, and the islands' module scripts were a third of it
 * (docs/benchmarks.md). The islands are fetched together (a modulepreload each) but run one at a
 * time, each in its own task, and even the preload links are added one per task: after the paint
 * every task counts towards blocking time, and ten links added at once took 9 ms (36 ms at
 * Lighthouse's 4× CPU slowdown). `ready` waits for the elements the islands connect in slices
 * (lib/browser/define-island.ts).
 * An island that fails to load (a dropped connection) does not hold back the others.
 * Browsers without paint timing load on `load`. A page prerendered for the next click paints, and
 * so loads, when the reader arrives.
 */
export const loaderScript = `(function(){var d=document.documentElement,done=0;function list(n){return(d.getAttribute(n)||'').split(' ').filter(Boolean)}function islands(){var u=list('${loadAttributes.islands}'),p=0,i=0;(function preload(){if(p<u.length){var l=document.createElement('link');l.rel='modulepreload';l.href=u[p++];document.head.appendChild(l);return setTimeout(preload)}(function next(){function later(){setTimeout(next)}if(i<u.length)return import(u[i++]).then(later,later);(function ready(){d.hasAttribute('${loadAttributes.connecting}')?setTimeout(ready):d.setAttribute('${loadAttributes.ready}','')})()})()})()}function go(){if(done)return;done=1;var c=list('${loadAttributes.css}'),n=c.length;if(!n)return islands();c.forEach(function(h){var l=document.createElement('link');l.rel='stylesheet';l.href=h;l.onload=l.onerror=function(){if(!--n)islands()};document.head.appendChild(l)})}try{if(PerformanceObserver.supportedEntryTypes.indexOf('paint')<0)throw 0;new PerformanceObserver(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();setTimeout(go)}}).observe({type:'paint',buffered:true})}catch(e){addEventListener('load',go)}})()`;

/**
 * The one inline script of every page, in <head> before anything paints: the theme and the `js`
 * class (components/theme-toggle/theme-script.ts), then the loader above. The CSP allows it by
 * its hash.
 */
export const headScript = themeScript + ';' + loaderScript;

export const headScriptHash = inlineHash(headScript);
