import { describe, expect, it } from 'vitest';
import { isLoopback, port, portFromPortLine, portsFromColumn, showPort } from './parse-ports';
import { portMap, portsFromMap as fromMap } from './schemas';

const portsFromMap = (map: ReturnType<typeof portMap>) => fromMap(map, { port });

describe('portsFromColumn', () => {
  it('reads IPv4 and IPv6 mappings as docker ps prints them', () => {
    expect(portsFromColumn('0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp')).toEqual([
      { ip: '0.0.0.0', host: 8050, container: 8050, proto: 'tcp' },
      { ip: '[::]', host: 8050, container: 8050, proto: 'tcp' },
    ]);
  });

  it('reads exposed-only ports, ranges and loopback mappings (docker/cli formatter tests)', () => {
    expect(portsFromColumn('80-82/tcp')).toEqual([{ ip: '', host: 0, container: 80, proto: 'tcp' }]);
    expect(portsFromColumn('1.2.3.4:9998-9999->9998-9999/udp')).toEqual([
      { ip: '1.2.3.4', host: 9998, hostEnd: 9999, container: 9998, proto: 'udp' },
    ]);
    expect(portsFromColumn('127.0.0.1:8050->8050/tcp')[0]!.ip).toBe('127.0.0.1');
    expect(portsFromColumn('[::1]:8899->9988/tcp')[0]).toEqual({ ip: '[::1]', host: 8899, container: 9988, proto: 'tcp' });
  });

  it('ignores what is not a port', () => {
    expect(portsFromColumn('')).toEqual([]);
    expect(portsFromColumn('hello, 8050')).toEqual([]);
  });
});

describe('portsFromMap', () => {
  it('reads HostConfig.PortBindings and NetworkSettings.Ports (moby network.PortMap)', () => {
    expect(portsFromMap(portMap({ '8050/tcp': [{ HostIp: '', HostPort: '8050' }] }))).toEqual([
      { ip: '', host: 8050, container: 8050, proto: 'tcp' },
    ]);
    expect(portsFromMap(portMap({ '8050/tcp': null }))).toEqual([{ ip: '', host: 0, container: 8050, proto: 'tcp' }]);
    expect(portsFromMap(portMap(undefined))).toEqual([]);
  });

  it('drops bindings that are not moby PortBindings', () => {
    expect(portsFromMap(portMap({ '8050/tcp': [{ HostIp: 1, HostPort: '8050' }, 'x'] }))).toEqual([
      { ip: '', host: 0, container: 8050, proto: 'tcp' },
    ]);
    expect(portMap('8050')).toEqual([]);
  });
});

describe('docker port lines', () => {
  it('reads "8050/tcp -> 0.0.0.0:8050" (docker/cli container-port-all-ports.golden)', () => {
    expect(portFromPortLine('80/tcp -> [::]:3456')).toEqual({ ip: '[::]', host: 3456, container: 80, proto: 'tcp' });
    expect(portFromPortLine('0.0.0.0:3456')).toBeNull();
  });
});

describe('helpers', () => {
  it('knows loopback addresses and prints ports like docker ps', () => {
    expect(['127.0.0.1', '::1', '[::1]'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '', '::', '192.168.1.2'].some(isLoopback)).toBe(false);
    expect(showPort({ ip: '0.0.0.0', host: 8050, container: 80, proto: 'tcp' })).toBe('0.0.0.0:8050->80/tcp');
    expect(showPort({ ip: '', host: 0, container: 8050, proto: 'tcp' })).toBe('8050/tcp');
  });
});
