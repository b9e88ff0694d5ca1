'use client';

import dynamic from 'next/dynamic';

/**
 * <PortExplorer /> (Dash lesson). Rendered on the server like any island, but its code is a
 * chunk of its own that only the page showing it loads, not every lesson.
 */
export const PortExplorer = dynamic(() => import('./port-explorer-island'));
