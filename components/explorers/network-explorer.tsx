'use client';

import dynamic from 'next/dynamic';

/**
 * <NetworkExplorer /> (Compose networks lesson). Rendered on the server like any island, but
 * its code is a chunk of its own that only the page showing it loads, not every lesson.
 */
export const NetworkExplorer = dynamic(() => import('./network-explorer-island'));
