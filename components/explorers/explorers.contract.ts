import { attribute, flag, oneOf } from '@/lib/shared/contract';

/*
 * The explorers of the Dash and networks lessons: what port-explorer.tsx and
 * network-explorer.tsx render, and what explorers.island.ts and the code it loads when an
 * explorer comes near (port-explorer.lazy.ts, network-explorer.lazy.ts) read and redraw.
 */

export const explorerKinds = ['port', 'network'] as const;
export type ExplorerKind = (typeof explorerKinds)[number];

/** One tag per explorer: the tag says which code to load. */
export const explorerTags = { port: 'ld-port-explorer', network: 'ld-network-explorer' } as const satisfies Record<
  ExplorerKind,
  `ld-${string}`
>;

export const codeNames = ['run-line', 'command', 'compose'] as const;
export type CodeName = (typeof codeNames)[number];
/** On a <code>: which code block it is, rewritten as the inputs change. */
export const explorerCode = attribute('data-explorer-code', oneOf(codeNames));

/**
 * A right/wrong verdict, replaced whole on each change. lib/browser/verdict.ts writes the same
 * attribute on the verdicts it builds, so the next change finds those too.
 */
export const verdictMark = attribute('data-verdict', flag);

// The port explorer.

/** The names of its two radio groups. */
export const portFields = { listen: 'port-explorer-listen', publish: 'port-explorer-publish' } as const;
/** On each result: where the app is reached from. */
export const reachPlaces = ['host', 'lan'] as const;
export type ReachPlace = (typeof reachPlaces)[number];
export const reachPlace = attribute('data-reach', oneOf(reachPlaces));
/** In each result: why it is (not) reachable. */
export const reachWhy = attribute('data-reach-why', flag);

// The network explorer.

/** On each service's fieldset: the service's name. */
export const serviceChoices = attribute('data-service');
/** In each service's fieldset: "On: frontend, backend", the networks it ends up on. */
export const serviceNetworks = attribute('data-service-networks', flag);
/** On each pair of services: "a b", their names. */
export const servicePair = attribute('data-pair');
export const pairKey = (a: string, b: string) => `${a} ${b}`;
/** In each pair: the networks that connect them, or that none does. */
export const pairDetail = attribute('data-pair-detail', flag);
