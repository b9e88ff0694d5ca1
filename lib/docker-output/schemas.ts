/*
 * The JSON shapes the checker reads, with the field names of the real types:
 * - container inspect: moby api/types/container InspectResponse (Name, State{Status, ExitCode},
 *   Config{Image}, HostConfig.PortBindings, NetworkSettings.Ports; a port map's values are
 *   lists of network.PortBinding{HostIp, HostPort}, api/types/network/port.go);
 * - network inspect: moby api/types/network Inspect (Name, Driver, Labels, Containers{id:
 *   EndpointResource{Name, IPv4Address}});
 * - `docker ps --format json`: docker/cli formatter.ContainerContext (Names, Image, State,
 *   Status, Ports, all strings);
 * - `docker compose ps --format json`: docker/compose pkg/api ContainerSummary (Name, Service,
 *   Project, State, ExitCode, Publishers[PortPublisher{URL, TargetPort, PublishedPort, Protocol}]).
 *
 * zod/mini, and only its object, string, number and optional: z.record, z.array and
 * z.nullable would add about 1 KB gzip to the island, so maps and lists are walked by hand
 * (entries()) and each of their items is validated with a schema here.
 */
import * as z from 'zod/mini';

const str = z.optional(z.string());
const num = z.optional(z.number());
const any = z.optional(z.unknown());

export const containerInspect = z.object({
  Name: z.string(),
  State: z.object({ Status: z.string(), ExitCode: num }),
  Config: z.optional(z.object({ Image: str })),
  HostConfig: z.optional(z.object({ PortBindings: any })),
  NetworkSettings: z.optional(z.object({ Ports: any })),
});

export const portBinding = z.object({ HostIp: str, HostPort: str });

export const networkInspect = z.object({ Name: z.string(), Driver: z.string(), Labels: any, Containers: any });

export const endpoint = z.object({ Name: z.string() });

export const psLine = z.object({ Names: z.string(), Image: z.string(), State: str, Status: z.string(), Ports: z.string() });

export const composePsLine = z.object({ Name: z.string(), Service: z.string(), Project: str, State: z.string(), ExitCode: num, Publishers: any });

export const publisher = z.object({ URL: str, TargetPort: z.number(), PublishedPort: z.number(), Protocol: str });

/** The items of a list or the values of a map that fit `schema`; anything else yields none. */
export function entries<T>(schema: z.ZodMiniType<T>, value: unknown): [string, T][] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]): [string, T][] => {
    const r = z.safeParse(schema, v);
    return r.success ? [[k, r.data]] : [];
  });
}

/** A moby PortMap: {"8050/tcp": [{"HostIp": "", "HostPort": "8050"}]}, null for a port only exposed. */
export type PortMap = [string, { HostIp?: string; HostPort?: string }[]][];

export function portMap(value: unknown): PortMap {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).map(([key, list]) => [key, entries(portBinding, list).map(([, b]) => b)]);
}
