import { parse as parseYaml } from 'yaml';
import { imageRepository, parseDocker } from './docker-command';
import type { LessonModel } from './lesson-model';

/** Where the lessons name images: Dockerfile `FROM` lines, Compose services, and `docker build -t`. */

/** The base images of a Dockerfile: `FROM` lines that are not `scratch`, an earlier stage or a variable. */
export function dockerfileBaseImages(source: string): Array<{ line: number; image: string; platform: boolean }> {
  const stages = new Set<string>();
  const images: Array<{ line: number; image: string; platform: boolean }> = [];
  source.split('\n').forEach((text, index) => {
    const match = /^\s*FROM\s+(.*)$/i.exec(text);
    if (!match) return;
    const words = match[1]!.trim().split(/\s+/);
    let platform = false;
    while (words[0]?.startsWith('--')) platform = words.shift()!.startsWith('--platform') || platform;
    const image = words[0];
    const as = words[1]?.toLowerCase() === 'as' ? words[2] : undefined;
    if (image && image !== 'scratch' && !stages.has(image.toLowerCase()) && !image.includes('$')) {
      images.push({ line: index, image, platform });
    }
    if (as) stages.add(as.toLowerCase());
  });
  return images;
}

type ComposeService = { name: string; image?: string; build: boolean; platform: boolean };

export function composeServices(source: string): ComposeService[] {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch {
    return [];
  }
  const services = (data as { services?: unknown } | null)?.services;
  if (typeof services !== 'object' || services === null) return [];
  return Object.entries(services as Record<string, unknown>).map(([name, raw]) => {
    const service = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    return {
      name,
      image: typeof service.image === 'string' ? service.image : undefined,
      build: service.build !== undefined,
      platform: typeof service.platform === 'string',
    };
  });
}

/** Names given with `docker build -t NAME` anywhere in the lessons: images the course makes itself. */
export function localImages(models: LessonModel[]): Set<string> {
  const names = new Set<string>();
  for (const command of models.flatMap((m) => m.blocks.flatMap((b) => b.commands))) {
    const docker = parseDocker(command.words);
    if (docker?.kind !== 'build') continue;
    const tag = docker.options.get('-t') ?? docker.options.get('--tag');
    if (typeof tag === 'string' && tag) names.add(imageRepository(tag));
  }
  return names;
}
