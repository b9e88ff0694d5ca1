import { attribute, flag, integer } from '@/lib/shared/contract';

/** A video with chapters: what video.tsx renders and video.island.ts reads. */
export const videoTag = 'ld-video';

/** On the poster's box, which the player replaces: the YouTube id of the video. */
export const videoBox = attribute('data-video');
/** On the poster's box: the video's title, for the player's accessible name. */
export const videoTitle = attribute('data-title');
/** The Play button, shown only with JavaScript. */
export const playButton = attribute('data-video-play', flag);
/** On each chapter link: the second the chapter starts at. */
export const chapterStart = attribute('data-chapter-at', integer);
/** Set on the poster's box once the island listens to it: Play and the chapters work from then. */
export const videoReady = attribute('data-ready', flag);
