/** The "Check your work" panels a lesson may show: one per hands-on step, and lesson 5's "can't reach it" path. */
export const checkPanels = ['install', 'run', 'compose', 'networks', 'reach'] as const;
export type CheckPanel = (typeof checkPanels)[number];
