import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeProject, dashApp, dataVolume, localRegistry, projectVolume, runCommand } from './course';

const read = (...parts: string[]) => readFileSync(path.join(process.cwd(), ...parts), 'utf8');
const example = (file: string) => read('public', 'examples', dashApp.folder, file);
const lesson = (slug: string) => {
  const file = readdirSync('content/lessons').find((name) => name.endsWith(`-${slug}.mdx`));
  if (!file) throw new Error(`no lesson ${slug}`);
  return read('content', 'lessons', file);
};

/** The fenced YAML block titled compose.yaml in a lesson. */
const composeBlock = (source: string) => {
  const match = /```yaml title="compose\.yaml"\n([\s\S]*?)```/.exec(source);
  if (!match) throw new Error('no compose.yaml block');
  return parse(match[1]!) as {
    name: string;
    services: Record<string, { image?: string; ports?: string[]; networks?: string[] }>;
    networks: Record<string, unknown>;
  };
};

describe('the course facts match what the course ships and teaches', () => {
  it('the Dash app listens on the port, and the Dockerfile documents it', () => {
    expect(example('app.py')).toContain(`app.run(host="0.0.0.0", port=${dashApp.port}`);
    expect(example('Dockerfile')).toMatch(new RegExp(`^EXPOSE ${dashApp.port}$`, 'm'));
  });

  it('lesson 5 builds the image and lesson 6 runs the container as the facts say', () => {
    expect(lesson('dash-app')).toContain(`$ docker build -t ${dashApp.image} .`);
    expect(lesson('run-dash-app')).toContain(`$ ${runCommand}`);
  });

  it('lesson 8’s compose.yaml is the shipped one: project, the web service and its port', () => {
    const file = parse(example('compose.yaml')) as { name: string; services: Record<string, { ports: string[] }> };
    expect(file.name).toBe(composeProject.name);
    const { host, container } = composeProject.web.publish;
    expect(file.services.web?.ports).toEqual([`${host}:${container}`]);
  });

  it('lesson 9’s compose.yaml has the services, images, ports and networks of the facts', () => {
    const file = composeBlock(lesson('compose-networks'));
    expect(file.name).toBe(composeProject.name);
    expect(Object.keys(file.networks)).toEqual([...composeProject.networks]);
    for (const [name, facts] of Object.entries(composeProject.services)) {
      const service = file.services[name];
      expect(service, name).toBeDefined();
      expect(service?.networks, name).toEqual([...facts.networks]);
      if ('image' in facts) expect(service?.image, name).toBe(facts.image);
      const publish = 'publish' in facts ? facts.publish : undefined;
      expect(service?.ports, name).toEqual(publish ? [`${publish.host}:${publish.container}`] : undefined);
    }
    expect(example('proxy.conf')).toContain(`proxy_pass http://web:${composeProject.services.web.port};`);
  });

  it('lesson 7 runs the registry and names the image as the facts say', () => {
    const source = lesson('share-image');
    const { container, image, port, repository, tag } = localRegistry;
    expect(source).toContain(`$ docker run -d -p 127.0.0.1:${port}:${port} --name ${container} ${image}`);
    expect(source).toContain(`$ docker push ${repository}:${tag}`);
  });

  it('lesson 10’s compose.yaml mounts the named volume of the facts', () => {
    const source = lesson('keep-your-data');
    const file = composeBlock(source) as unknown as { volumes: Record<string, unknown>; services: Record<string, { volumes?: string[] }> };
    expect(Object.keys(file.volumes)).toEqual([dataVolume.name]);
    expect(file.services.db?.volumes).toEqual([`${dataVolume.name}:${dataVolume.mountedAt}`]);
    expect(source).toContain(projectVolume(dataVolume.name));
  });
});
