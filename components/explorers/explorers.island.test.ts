// @vitest-environment happy-dom
import { createElement, Fragment } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { NetworkExplorer } from '@/components/explorers/network-explorer';
import { PortExplorer } from '@/components/explorers/port-explorer';
import { $, pick as set, renderPage, setUpPage, startIsland, stubIntersectionObserver, text } from '@/lib/browser/test-dom';

// The sections: the custom elements take no box, so the island watches these.
const port = () => $('ld-port-explorer > section');
const network = () => $('ld-network-explorer > section');

const radio = (name: string, value: string) => $<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
const checkbox = (service: string, net: string) => $<HTMLInputElement>(`[data-service="${service}"] input[value="${net}"]`);

const code = (section: HTMLElement, name: string) => $(`[data-explorer-code="${name}"]`, section).textContent;
const reach = (name: 'host' | 'lan') => text($(`[data-reach="${name}"] span.mt-2`));
const pair = (a: string, b: string) => text($(`[data-pair="${a} ${b}"]`));
const on = (service: string) => text($(`[data-service="${service}"] [data-service-networks]`));

/**
 * The page with both explorers, the island started. `loads` watches the island's calls for an
 * explorer's code (load-explorer.ts, the module instance the island then uses): each call is
 * recorded as it is made, and still loads the real code.
 */
async function openPage() {
  const observer = stubIntersectionObserver();
  renderPage(createElement(Fragment, null, createElement(PortExplorer), createElement(NetworkExplorer)));
  let loads!: { port: MockInstance; network: MockInstance };
  await startIsland(async () => {
    const { loadExplorer } = await import('./load-explorer');
    loads = { port: vi.spyOn(loadExplorer, 'port'), network: vi.spyOn(loadExplorer, 'network') };
    await import('./explorers.island');
  });
  return { ...observer, loads };
}

/** The explorer's code has loaded and drawn its inputs' state: it replaced the server's verdicts. */
async function drawn(section: HTMLElement) {
  const serverVerdict = $('[data-verdict]', section);
  await expect.poll(() => serverVerdict.isConnected, { interval: 5 }).toBe(false);
}

describe('explorers island', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('watches both explorers, and loads nothing until one comes near', async () => {
    const observer = await openPage();
    expect(observer.observed()).toEqual(new Set([port(), network()]));
    // The island asks for an explorer's code synchronously when it decides to: not asked yet
    // means not loading, with nothing to wait for.
    expect(observer.loads.port).not.toHaveBeenCalled();
    expect(observer.loads.network).not.toHaveBeenCalled();

    // Changed while its code is not loaded: nothing follows, and the change loads nothing.
    set(radio('port-explorer-listen', '0.0.0.0'));
    expect(observer.loads.port).not.toHaveBeenCalled();
    expect(code(port(), 'run-line')).toBe('app.run(host="127.0.0.1", port=8050, debug=False)');

    // Leaving the margin is not coming near.
    observer.intersect(port(), false);
    expect(observer.loads.port).not.toHaveBeenCalled();

    // Coming near loads that explorer's code, and only that one's.
    const loaded = drawn(port());
    observer.intersect(port());
    expect(observer.loads.port).toHaveBeenCalledTimes(1);
    expect(observer.loads.network).not.toHaveBeenCalled();
    await loaded;
    expect(code(port(), 'run-line')).toBe('app.run(host="0.0.0.0", port=8050, debug=False)');
  });

  it('port: loaded when near, it reads the choices as they are then, and follows every change', async () => {
    const observer = await openPage();
    // The lesson's trap, as the server renders it: published, but listening on loopback.
    expect(reach('host')).toBe(
      '✗ Not reachable. Docker forwards the port to the container’s eth0, but the app listens only on 127.0.0.1, the container’s own loopback, so nothing answers on eth0. The browser gets an error.',
    );

    set(radio('port-explorer-listen', '0.0.0.0'));
    const loaded = drawn(port());
    observer.intersect(port());
    await loaded;
    expect(code(port(), 'run-line')).toBe('app.run(host="0.0.0.0", port=8050, debug=False)');
    expect(observer.observed().has(port())).toBe(false);
    expect(observer.observed().has(network())).toBe(true);
    expect(code(port(), 'command')).toBe('$ docker run -p 8050:8050 e4l-python-graph');
    expect(reach('host')).toBe(
      '✓ Reachable. Docker forwards port 8050 of your machine to the container’s eth0, and 0.0.0.0 includes eth0.',
    );
    expect(reach('lan')).toMatch(/^✓ Reachable\. -p 8050:8050 publishes the port on every interface of your machine/);
    expect($('[data-reach="host"] [data-verdict]').className).toContain('text-emerald-800');

    set(radio('port-explorer-publish', 'loopback'));
    expect(code(port(), 'command')).toBe('$ docker run -p 127.0.0.1:8050:8050 e4l-python-graph');
    expect(reach('host')).toMatch(/^✓ Reachable\. The port is published on your machine’s loopback/);
    expect(reach('lan')).toBe(
      '✗ Not reachable. The port is published on your machine’s loopback only, and other machines cannot connect to it.',
    );
    expect($('[data-reach="lan"] [data-verdict]').className).toContain('text-red-700');

    set(radio('port-explorer-publish', 'none'));
    expect(code(port(), 'command')).toBe('$ docker run e4l-python-graph');
    expect(reach('host')).toBe(
      '✗ Not reachable. No -p: no port of your machine leads into the container, so nothing answers on localhost:8050.',
    );
    // One verdict each, never piled up.
    expect(document.querySelectorAll('[data-reach="host"] [data-verdict]')).toHaveLength(1);
  });

  it('network: ticks change who reaches whom, each service’s networks and the compose.yaml', async () => {
    const observer = await openPage();
    expect(pair('proxy', 'db')).toBe('proxy and db: ✗ cannot reach each other (no network in common).');

    const loaded = drawn(network());
    observer.intersect(network());
    await loaded;

    // db leaves backend: no networks key, so it joins default alone.
    set(checkbox('db', 'backend'), false);
    expect(on('db')).toBe('On: default');
    expect(pair('web', 'db')).toBe('web and db: ✗ cannot reach each other (no network in common).');
    expect(pair('proxy', 'web')).toBe('proxy and web: ✓ can reach each other (both on frontend).');

    // proxy joins backend too; ticked in any order, listed in the file’s order.
    set(checkbox('proxy', 'backend'));
    expect(on('proxy')).toBe('On: frontend, backend');
    expect(pair('proxy', 'web')).toBe('proxy and web: ✓ can reach each other (both on frontend and backend).');

    // Everyone on default: every pair reaches, and the file declares no networks.
    for (const service of ['proxy', 'web', 'db']) for (const net of ['frontend', 'backend']) set(checkbox(service, net), false);
    expect(pair('proxy', 'db')).toBe('proxy and db: ✓ can reach each other (both on default).');
    expect(code(network(), 'compose')).toBe(
      [
        'name: dash-app',
        '',
        'services:',
        '  proxy:',
        '    image: nginx:stable',
        '    ports:',
        '      - "8080:80"',
        '    volumes:',
        '      - ./proxy.conf:/etc/nginx/conf.d/default.conf:ro',
        '    depends_on:',
        '      - web',
        '  web:',
        '    build: .',
        '    init: true',
        '  db:',
        '    image: postgres:18',
        '    environment:',
        '      POSTGRES_PASSWORD: example',
        '',
      ].join('\n'),
    );

    set(checkbox('db', 'backend'));
    expect(code(network(), 'compose')).toMatch(
      / {2}db:\n {4}image: postgres:18\n {4}environment:\n {6}POSTGRES_PASSWORD: example\n {4}networks:\n {6}- backend\n\nnetworks:\n {2}backend:\n$/,
    );
  });

  it('the keyboard or a pointer reaching an explorer loads it too, once', async () => {
    const observer = await openPage();
    set(checkbox('web', 'frontend'), false);
    const loaded = drawn(network());
    $<HTMLInputElement>('[data-service="web"] input').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await loaded;
    expect(pair('proxy', 'web')).toBe('proxy and web: ✗ cannot reach each other (no network in common).');

    // Scrolling near later does not load it again (a second copy would draw twice per change).
    observer.intersect(network());
    network().dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(observer.loads.network).toHaveBeenCalledTimes(1);
    set(checkbox('web', 'frontend'));
    expect(document.querySelectorAll('[data-pair="proxy web"] [data-verdict]')).toHaveLength(1);

    const portLoaded = drawn(port());
    $('fieldset', port()).dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await portLoaded;
  });
});
