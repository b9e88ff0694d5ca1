import { describe, expect, it } from 'vitest';
import { listenAddresses, portOutcome, publishModes, type ListenAddress, type PublishMode } from './port-publishing';

describe('portOutcome', () => {
  const table: Array<[ListenAddress, PublishMode, boolean, boolean]> = [
    // listen,      publish,    host,  other machine
    ['127.0.0.1', 'none', false, false],
    ['127.0.0.1', 'all', false, false],
    ['127.0.0.1', 'loopback', false, false],
    ['0.0.0.0', 'none', false, false],
    ['0.0.0.0', 'all', true, true],
    ['0.0.0.0', 'loopback', true, false],
  ];

  it.each(table)('listening on %s, published %s: host %s, LAN %s', (listen, publish, host, lan) => {
    const outcome = portOutcome(listen, publish);
    expect(outcome.host.reachable).toBe(host);
    expect(outcome.lan.reachable).toBe(lan);
  });

  it('covers every combination with a reason for each answer', () => {
    expect(table).toHaveLength(listenAddresses.length * publishModes.length);
    for (const listen of listenAddresses) {
      for (const publish of publishModes) {
        const { host, lan } = portOutcome(listen, publish);
        expect(host.why.length).toBeGreaterThan(20);
        expect(lan.why.length).toBeGreaterThan(20);
      }
    }
  });

  it('blames the loopback inside the container when the port is published', () => {
    expect(portOutcome('127.0.0.1', 'all').host.why).toMatch(/container’s own loopback/);
    expect(portOutcome('127.0.0.1', 'none').host.why).toMatch(/No -p/);
  });

  it('shows the matching command and app.run line', () => {
    expect(portOutcome('0.0.0.0', 'none').command).toBe('docker run e4l-python-graph');
    expect(portOutcome('0.0.0.0', 'all').command).toBe('docker run -p 8050:8050 e4l-python-graph');
    expect(portOutcome('0.0.0.0', 'loopback').command).toBe('docker run -p 127.0.0.1:8050:8050 e4l-python-graph');
    expect(portOutcome('127.0.0.1', 'all').runLine).toBe('app.run(host="127.0.0.1", port=8050, debug=False)');
    expect(portOutcome('0.0.0.0', 'all').runLine).toBe('app.run(host="0.0.0.0", port=8050, debug=False)');
  });
});
