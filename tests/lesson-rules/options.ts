import { dashApp } from '@/lib/shared/course';

/**
 * What the rules need to know about the course, kept apart from the rules so that the tests can
 * swap in their own example files and lists.
 */
export type RuleOptions = {
  /** A shipped example file by its path under public/examples, or undefined if there is none. */
  readExample: (relative: string) => string | undefined;
  /** The folder under public/examples that `docker build .` and Compose `build:` build. */
  exampleProject: string;
  multiArchImages: readonly string[];
  longRunningImages: readonly string[];
  arm64NoteDistance: number;
};

/**
 * Official images the course uses that run on arm64 as well as amd64. Checked in
 * docker-library/official-images (library/<name>, the `Architectures:` line of each tag the
 * lessons use; a tag without that line is amd64 only, as `archlinux` is):
 * hello-world (linux), python (3.12-slim), nginx (latest, stable), postgres (18).
 */
export const multiArchImages = ['hello-world', 'python', 'nginx', 'postgres'] as const;

/** Images that run until stopped: the course's Dash app, the web server and the database. */
export const longRunningImages = [dashApp.image, 'nginx', 'postgres'] as const;

export const defaultRuleOptions: Omit<RuleOptions, 'readExample'> = {
  exampleProject: dashApp.folder,
  multiArchImages,
  longRunningImages,
  arm64NoteDistance: 40,
};
