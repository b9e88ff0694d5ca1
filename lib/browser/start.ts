/**
 * Runs an island's `enhance` once the server's markup is final. In production no framework
 * runs in the browser, so that is at once (module scripts run after the document is parsed).
 * `next dev` ignores `unstable_runtimeJS: false` and hydrates the page with React: there the
 * island waits for pages/_app.tsx to say hydration is done, so React never meets markup the
 * island changed, and islands behave the same with and without hydration.
 */
export const HYDRATED_EVENT = 'learn-docker:hydrated';

declare global {
  interface Window {
    __learnDockerHydrated?: boolean;
  }
}

export function start(enhance: () => void): void {
  const hydrating = document.getElementById('__NEXT_DATA__') !== null && !window.__learnDockerHydrated;
  if (hydrating) addEventListener(HYDRATED_EVENT, enhance, { once: true });
  else enhance();
}
