import { describe, expect, it } from 'vitest';
import { expectations, runCommand } from './expectations';

describe('expectations', () => {
  it('offers read-only commands only', () => {
    for (const e of Object.values(expectations)) {
      expect(e.command).toMatch(/^docker (version|ps|compose ps|network inspect|volume ls)\b/);
      expect(e.command).not.toMatch(/\b(run|rm|stop|up|down|exec|config)\b/);
    }
  });

  it('prefers commands that print no environment variables', () => {
    // Full docker inspect prints Config.Env and docker compose config prints POSTGRES_PASSWORD.
    for (const e of Object.values(expectations)) expect(e.command).not.toMatch(/docker inspect|compose config/);
  });

  it('holds no prose: what each command shows is in messages.ts', () => {
    for (const e of Object.values(expectations)) expect(Object.keys(e)).not.toContain('reveals');
  });

  it('matches the lessons', () => {
    expect(expectations.run).toMatchObject({
      lesson: 5,
      container: 'dash-app',
      image: 'e4l-python-graph',
      publish: { host: 8050, container: 8050 },
    });
    expect(runCommand).toBe('docker run --rm --name dash-app -p 8050:8050 e4l-python-graph');
    expect(expectations.compose).toMatchObject({
      lesson: 7,
      project: 'dash-app',
      services: { web: { publish: { host: 8050, container: 8050 } } },
    });
    expect(expectations.networks.services).toEqual({
      proxy: { publish: { host: 8080, container: 80 }, networks: ['frontend'] },
      web: { networks: ['frontend', 'backend'] },
      db: { networks: ['backend'] },
    });
    expect(expectations.networks.url).toBe('http://localhost:8080');
  });
});
