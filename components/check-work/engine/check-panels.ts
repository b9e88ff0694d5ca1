/** The "Check your work" panels a lesson may show: one per hands-on step, and lesson 5's "can't reach it" path. */
export const checkPanels = ['install', 'run', 'share', 'compose', 'networks', 'volumes', 'reach'] as const;
export type CheckPanel = (typeof checkPanels)[number];
