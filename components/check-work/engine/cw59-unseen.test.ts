/*
 * cw59: `docker inspect --format TEMPLATE NAME…` read through its own template (inspect-template.ts), found by trying "Is the
 * container running?" and "Is 8050 published?" on the templates learners type. Real forms: `{{.State}}` printing `{running true
 * false false false false 4525 0  2016-07-14T17:44:14.406286293Z 0001-01-01T00:00:00Z}` (a learner's 2016 notes),
 * `--format "{{.NetworkSettings.Ports}}"` printing `map[8080/tcp:[{0.0.0.0 8080}]]` (a GKE hello-app walkthrough), and
 * `'{{.Name}} - IP: {{range.NetworkSettings.Networks}}{{.IPAddress}}{{end}} - Ports: {{.NetworkSettings.Ports}}' $(docker ps -q)`
 * printing one line per container (a CI lab's notes). The tests use other names, ports and states than those.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const running = (text: string) => check('reach:running', text);
const published = (text: string) => check('reach:published', text);

describe('cw59: an inspect template of State fields answers "is it running?"', () => {
  it('several fields on one line, the name asked or printed', async () => {
    expect(await running("$ docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' dash-app\nexited 2")).toMatchObject({
      id: 'container-exited',
      details: { exitCode: 2 },
    });
    expect((await running('PS C:\\> docker inspect dash-app --format "{{.State.Status}} {{.State.ExitCode}}"\nrunning 0')).kind).toBe('ok');
    expect(
      await running("$ docker inspect --format '{{.Name}}: {{.State.Status}}' $(docker ps -aq)\n/redis: running\n/dash-app: restarting"),
    ).toMatchObject({
      id: 'container-exited',
      details: { variant: 'restarting' },
    });
    expect(await running("$ docker inspect -f '{{.State.Status}}' redis dash-app\nrunning\ndead")).toMatchObject({ kind: 'problem' });
    // cmd.exe keeps single quotes, and docker prints them (cw64).
    expect(await running("C:\\Users\\me>docker inspect --format '{{.Name}} {{.State.Status}}' dash-app\n'/dash-app exited'")).toMatchObject(
      {
        id: 'container-exited',
      },
    );
    expect((await running("C:\\Users\\me>docker inspect -f '{{.State.Running}}' dash-app\n'true'")).kind).toBe('ok');
  });
  it('the whole State as Go prints it, with Status or (Docker 1.8 and older) from Running', async () => {
    expect(
      (
        await running(
          "$ docker inspect -f '{{.State}}' dash-app\n{running true false false false false 811 0  2024-02-01T09:10:11.1Z 0001-01-01T00:00:00Z <nil>}",
        )
      ).kind,
    ).toBe('ok');
    expect(
      await running(
        "$ docker inspect -f '{{.State}}' dash-app\n{exited false false false false false 0 137  2024-02-01T09:10:11.1Z 2024-02-01T09:12:00.5Z <nil>}",
      ),
    ).toMatchObject({
      id: 'container-exited',
      details: { exitCode: 137 },
    });
    expect(
      await running(
        "$ docker inspect --format='{{.State}}' dash-app\n{false false false false false 0 1  2015-03-01T09:10:11.1Z 2015-03-01T09:10:12.2Z}",
      ),
    ).toMatchObject({
      id: 'container-exited',
    });
  });
  it('no ok from what does not tell the state: another name, an exit code or a name alone, a line that does not fit', async () => {
    expect((await running("$ docker inspect --format '{{.Name}} {{.State.Status}}' $(docker ps -q)\n/web running")).kind).not.toBe('ok');
    expect((await running("$ docker inspect -f '{{.State.ExitCode}}' dash-app\n0")).kind).not.toBe('ok');
    expect((await running("$ docker inspect -f '{{.Name}}' dash-app\n/dash-app")).kind).not.toBe('ok');
    expect((await running("$ docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' dash-app\nrunning smoothly")).kind).not.toBe('ok');
    // PortBindings stay with a stopped container: never "it runs".
    expect((await running("$ docker inspect -f '{{.HostConfig.PortBindings}}' dash-app\nmap[8050/tcp:[{ 8050}]]")).kind).not.toBe('ok');
  });
});

describe('cw59: the ports of an inspect template, as Go prints a PortMap or as JSON inside the line', () => {
  it('published, exposed only, nothing, another container port', async () => {
    expect(
      (await published("$ docker inspect --format '{{.NetworkSettings.Ports}}' dash-app\nmap[8050/tcp:[{0.0.0.0 8050} {:: 8050}]]")).kind,
    ).toBe('ok');
    expect((await published('C:\\> docker inspect --format="{{.HostConfig.PortBindings}}" dash-app\nmap[8050/tcp:[{ 8050}]]')).kind).toBe(
      'ok',
    );
    expect(await published("$ docker inspect -f '{{.NetworkSettings.Ports}}' dash-app\nmap[8050/tcp:[]]")).toMatchObject({
      id: 'no-port-published',
    });
    expect(await published("$ docker inspect -f '{{.NetworkSettings.Ports}}' dash-app\nmap[]")).toMatchObject({ id: 'no-port-published' });
    expect(await published("$ docker inspect -f '{{.NetworkSettings.Ports}}' dash-app\nmap[5000/tcp:[{0.0.0.0 8050}]]")).toMatchObject({
      id: 'ports-swapped',
    });
    expect(
      (
        await published(
          '$ docker inspect -f \'ports={{json .NetworkSettings.Ports}}\' dash-app\nports={"8050/tcp":[{"HostIp":"0.0.0.0","HostPort":"8050"}]}',
        )
      ).kind,
    ).toBe('ok');
  });
  it('one line per container of $(docker ps -q), each by its printed name', async () => {
    const paste = `$ docker inspect -f '{{.Name}} - IP: {{range.NetworkSettings.Networks}}{{.IPAddress}}{{end}} - Ports: {{.NetworkSettings.Ports}}' $(docker ps -q)
/cache - IP: 172.18.0.3 - Ports: map[6379/tcp:[]]
/dash-app - IP: 172.18.0.2 - Ports: map[8050/tcp:[{0.0.0.0 8050} {:: 8050}]]`;
    expect((await published(paste)).kind).toBe('ok');
    expect((await published(paste.replace('/dash-app', '/dash-old'))).kind).not.toBe('ok');
  });
});
