import { beforeAll, describe, expect, it } from 'vitest';
import { checkDrill } from './drill-check';
import { getLessons } from '@/lib/content/lessons';
import { collectReviewItems } from '@/lib/content/review-items';
import type { DrillItem } from '@/components/review/review-items';

/*
 * Every drill of every lesson, table-driven: forms that must be accepted, and the typical
 * mistakes, each with the words its answer must contain. A drill without a row fails, so a new
 * drill comes with its variants and mistakes.
 */
type Row = { right: string[]; wrong: Array<[typed: string, says: RegExp]> };

const table: Record<string, Row> = {
  'drill:installation:versions': {
    right: ['docker version', 'sudo docker version'],
    wrong: [
      ['docker --version', /only the client/],
      ['docker verison', /did you mean docker version/],
      ['docker info', /this task needs docker version/],
    ],
  },
  'drill:installation:hello': {
    right: ['docker run hello-world', 'docker container run hello-world', 'docker run --rm hello-world', 'docker run hello-world:latest'],
    wrong: [
      ['docker pull hello-world', /this task needs docker run/],
      ['docker run hello_world', /image is hello-world, not hello_world/],
      ['docker-compose run hello-world', /this task needs docker run, not docker-compose/],
    ],
  },
  'drill:installation:shell': {
    right: [
      'docker run -it --rm archlinux bash',
      'docker run --rm -ti archlinux bash',
      'docker container run --interactive --tty --rm archlinux:latest bash',
    ],
    wrong: [
      ['docker run -i --rm archlinux bash', /-t \(--tty\) is missing/],
      ['docker run -it --rm archlinux', /command to run in the container is missing: bash/],
      ['docker run archlinux -it --rm bash', /came after archlinux/],
      ['docker run -it archlinux bash', /--rm is missing/],
    ],
  },
  'drill:installation:emulated': {
    right: ['docker run --platform=linux/amd64 -it --rm archlinux bash', 'docker run -it --rm --platform linux/amd64 archlinux bash'],
    wrong: [
      ['docker run --platform amd64 -it --rm archlinux bash', /--platform is amd64 here; the task asks for linux\/amd64/],
      ['docker run --platfrom linux/amd64 -it --rm archlinux bash', /did you mean --platform/],
      ['docker run -it --rm archlinux bash', /--platform is missing/],
    ],
  },
  'drill:installation:all-containers': {
    right: ['docker ps -a', 'docker ps --all', 'docker container ls -a', 'docker container list --all'],
    wrong: [
      ['docker ps', /-a \(--all\) is missing/],
      ['docker ls -a', /not a command/],
      ['docker image ls -a', /this task needs docker ps/],
    ],
  },
  'drill:dash-app:build': {
    right: [
      'docker build -t e4l-python-graph .',
      'docker image build --tag e4l-python-graph .',
      'docker build . -t e4l-python-graph:latest',
      'docker build --tag=e4l-python-graph .',
    ],
    wrong: [
      ['docker build -t e4l-python-graph', /context is missing/],
      ['docker build .', /-t is missing/],
      ['docker build -t python-graph .', /task asks for e4l-python-graph/],
    ],
  },
  // docker build's --no-cache and --platform: docs.docker.com/reference/cli/docker/buildx/build/
  'drill:dash-app:rebuild': {
    right: ['docker build --no-cache -t e4l-python-graph .', 'docker image build --tag e4l-python-graph --no-cache .'],
    wrong: [
      ['docker build -t e4l-python-graph .', /--no-cache is missing/],
      ['docker build --no-cache .', /-t is missing/],
    ],
  },
  'drill:dash-app:emulated-build': {
    right: ['docker build --platform linux/amd64 -t e4l-python-graph .', 'docker build -t e4l-python-graph --platform=linux/amd64 .'],
    wrong: [
      ['docker build -t e4l-python-graph .', /--platform is missing/],
      ['docker build --platform amd64 -t e4l-python-graph .', /the task asks for linux\/amd64/],
    ],
  },
  'drill:dash-app:images': {
    right: ['docker image ls', 'docker images', 'docker image list'],
    wrong: [
      ['docker ps', /this task needs docker image ls/],
      ['docker image ls -a', /not asked for/],
    ],
  },
  'drill:run-dash-app:run': {
    right: [
      'docker run --rm --name dash-app -p 8050:8050 e4l-python-graph',
      'docker container run --name=dash-app --rm --publish 8050:8050 e4l-python-graph',
      'docker run -p8050:8050 --rm --name dash-app --init e4l-python-graph',
      'docker run --rm --name dash-app -p 127.0.0.1:8050:8050 e4l-python-graph',
      'docker run --rm --name dash-app -p 0.0.0.0:8050:8050 e4l-python-graph',
    ],
    wrong: [
      ['docker run --rm --name dash-app e4l-python-graph', /-p is missing/],
      ['docker run --rm --name dash-app e4l-python-graph -p 8050:8050', /came after e4l-python-graph/],
      ['docker run --name dash-app -p 8050:8050 e4l-python-graph', /--rm is missing/],
      ['docker run --rm -p 8050:8050 e4l-python-graph', /--name is missing/],
      ['docker run --rm --name dash-app -p 8050:80 e4l-python-graph', /listens on port 8050 in the container/],
      ['docker run --rm --name dash-app -p 8050:8050 -d e4l-python-graph', /-d \(--detach\) is not asked for/],
    ],
  },
  'drill:run-dash-app:background': {
    right: [
      'docker run -d --rm --name dash-app -p 127.0.0.1:8050:8050 e4l-python-graph',
      'docker run -dit --rm --name=dash-app --publish 127.0.0.1:8050:8050 e4l-python-graph:latest',
      'docker container run --rm --detach --init -p 127.0.0.1:8050:8050 --name dash-app e4l-python-graph',
      'docker run -d --rm --name dash-app --publish=127.0.0.1:8050:8050/tcp e4l-python-graph',
    ],
    wrong: [
      ['docker run -d --rm --name dash-app -p 8050:8050 e4l-python-graph', /every network interface.*127\.0\.0\.1:8050:8050/],
      ['docker run -d --rm --name dash-app -p 0.0.0.0:8050:8050 e4l-python-graph', /with 0\.0\.0\.0/],
      ['docker run --rm --name dash-app -p 127.0.0.1:8050:8050 e4l-python-graph', /-d is missing/],
      ['docker run -d --rm --publsh 127.0.0.1:8050:8050 --name dash-app e4l-python-graph', /did you mean --publish/],
      ['docker-compose up -d', /this task needs docker run/],
      ['docker start dash-app', /docker start would start a container that exists/],
    ],
  },
  'drill:run-dash-app:second-copy': {
    right: [
      'docker run -d --rm --name dash-app-2 -p 127.0.0.1:8051:8050 e4l-python-graph',
      'docker run --rm -d -p 127.0.0.1:8051:8050 --name=dash-app-2 --init e4l-python-graph',
    ],
    wrong: [
      ['docker run -d --rm --name dash-app -p 127.0.0.1:8051:8050 e4l-python-graph', /already in use/],
      ['docker run -d --rm --name dash-app-2 -p 127.0.0.1:8050:8051 e4l-python-graph', /ports are swapped/],
      ['docker run -d --rm --name dash-app-2 -p 127.0.0.1:8050:8050 e4l-python-graph', /already allocated/],
      ['docker run -d --rm --name dash-app-2 -p 127.0.0.1:8051:8051 e4l-python-graph', /listens on port 8050 in the container/],
      ['docker run -d --rm --name dash-app-2 -p 8051:8050 e4l-python-graph', /every network interface/],
    ],
  },
  'drill:run-dash-app:logs': {
    right: ['docker logs -f dash-app', 'docker container logs --follow dash-app', 'docker logs dash-app -f'],
    wrong: [
      ['docker logs dash-app', /-f \(--follow\) is missing/],
      ['docker log -f dash-app', /not a command/],
      ['docker logs -f', /container is missing/],
    ],
  },
  'drill:share-image:tag': {
    right: [
      'docker tag e4l-python-graph ada/e4l-python-graph:1.0',
      'docker image tag e4l-python-graph:latest ada/e4l-python-graph:1.0',
      'docker tag e4l-python-graph docker.io/ada/e4l-python-graph:1.0',
    ],
    wrong: [
      ['docker tag ada/e4l-python-graph:1.0 e4l-python-graph', /order is swapped/],
      ['docker tag e4l-python-graph ada/e4l-python-graph', /not e4l-python-graph ada\/e4l-python-graph\./],
      ['docker push ada/e4l-python-graph:1.0', /this task needs docker tag/],
    ],
  },
  'drill:share-image:login': {
    right: ['docker login', 'sudo docker login'],
    wrong: [
      ['docker logni', /did you mean docker login/],
      ['docker push ada/e4l-python-graph:1.0', /this task needs docker login/],
      ['docker logout', /this task needs docker login/],
    ],
  },
  'drill:share-image:push': {
    right: [
      'docker push ada/e4l-python-graph:1.0',
      'docker image push ada/e4l-python-graph:1.0',
      'docker push docker.io/ada/e4l-python-graph:1.0',
    ],
    wrong: [
      ['docker push e4l-python-graph', /image is ada\/e4l-python-graph:1.0, not e4l-python-graph/],
      ['docker push ada/e4l-python-graph', /not ada\/e4l-python-graph\./],
      ['docker upload ada/e4l-python-graph:1.0', /not a command/],
    ],
  },
  'drill:share-image:own-registry': {
    right: [
      'docker run -d -p 127.0.0.1:5000:5000 --name registry registry:3',
      'docker run --detach --rm --name=registry --publish 127.0.0.1:5000:5000 registry:3',
    ],
    wrong: [
      ['docker run -d -p 5000:5000 --name registry registry:3', /every network interface/],
      ['docker run -p 127.0.0.1:5000:5000 --name registry registry:3', /-d is missing/],
      ['docker run -d -p 127.0.0.1:5000:5000 --name registry registry', /image is registry:3, not registry/],
    ],
  },
  'drill:share-image:pull-local': {
    right: ['docker pull localhost:5000/e4l-python-graph:1.0', 'docker image pull localhost:5000/e4l-python-graph:1.0'],
    wrong: [
      ['docker pull e4l-python-graph:1.0', /image is localhost:5000\/e4l-python-graph:1.0, not e4l-python-graph:1.0/],
      ['docker run localhost:5000/e4l-python-graph:1.0', /this task needs docker pull/],
    ],
  },
  'drill:docker-compose:up-build': {
    right: ['docker compose up --build', 'docker compose up --build=true'],
    wrong: [
      ['docker-compose up --build', /Compose v1/],
      ['docker compose up', /--build is missing/],
      ['docker compose build', /this task needs docker compose up/],
      ['docker compose up --build -d', /-d \(--detach\) is not asked for/],
    ],
  },
  'drill:docker-compose:up-detached': {
    right: ['docker compose up -d', 'docker compose up --detach', 'docker compose up -d --build'],
    wrong: [
      ['docker compose up', /-d is missing/],
      ['docker compose start', /this task needs docker compose up/],
      ['docker-compose up -d', /Compose v1/],
    ],
  },
  'drill:docker-compose:follow-web': {
    right: ['docker compose logs -f web', 'docker compose logs --follow web', 'docker compose logs web -f'],
    wrong: [
      ['docker logs -f web', /services of compose.yaml/],
      ['docker compose logs -f', /service is missing/],
      ['docker compose logs web', /-f \(--follow\) is missing/],
    ],
  },
  'drill:docker-compose:project-ps': {
    right: ['docker compose ps'],
    wrong: [
      ['docker ps', /this task needs docker compose ps/],
      ['docker-compose ps', /Compose v1/],
    ],
  },
  'drill:docker-compose:down': {
    right: ['docker compose down'],
    wrong: [
      ['docker compose stop', /this task needs docker compose down/],
      ['docker compose down -v', /-v \(--volumes\) is not asked for/],
      ['docker-compose down', /Compose v1/],
    ],
  },
  'drill:compose-networks:networks': {
    right: ['docker network ls --filter name=dash-app', 'docker network list -f name=dash-app', 'docker network ls --filter=name=dash-app'],
    wrong: [
      ['docker network ls', /--filter\) is missing/],
      ['docker networks ls', /not a command/],
      ['docker network ls --filter name=backend', /the task asks for name=dash-app/],
    ],
  },
  'drill:compose-networks:inspect-backend': {
    right: ['docker network inspect dash-app_backend'],
    wrong: [
      ['docker network inspect backend', /network is dash-app_backend, not backend/],
      ['docker network ls', /this task needs docker network inspect/],
    ],
  },
  'drill:compose-networks:resolve': {
    right: ['docker compose exec proxy getent hosts web'],
    wrong: [
      ['docker exec proxy getent hosts web', /services of compose.yaml/],
      ['docker compose exec web getent hosts proxy', /service is proxy, not web/],
      ['docker compose exec proxy getent hosts db', /command in the container is getent hosts web/],
    ],
  },
  'drill:compose-networks:restart-proxy': {
    right: ['docker compose restart proxy'],
    wrong: [
      ['docker compose restart', /service is missing/],
      ['docker restart proxy', /services of compose.yaml/],
      ['docker compose up proxy', /this task needs docker compose restart/],
    ],
  },
  'drill:compose-networks:down-volumes': {
    right: ['docker compose down -v', 'docker compose down --volumes'],
    wrong: [
      ['docker compose down', /-v \(--volumes\) is missing/],
      ['docker compose down --volume', /did you mean --volumes/],
      ['docker-compose down -v', /Compose v1/],
    ],
  },
  'drill:keep-your-data:shell': {
    right: ['docker exec -it dash-app sh', 'docker exec -ti dash-app sh', 'docker container exec --interactive --tty dash-app sh'],
    wrong: [
      ['docker exec dash-app sh', /-i \(--interactive\) is missing/],
      ['docker run -it dash-app sh', /this task needs docker exec/],
      ['docker exec -it dash-app', /command to run in the container is missing: sh/],
      ['docker exec -it dash-app bash', /command in the container is sh, not bash/],
    ],
  },
  'drill:keep-your-data:bind-mount': {
    right: [
      'docker run -d --init --name dash-app -p 127.0.0.1:8050:8050 -v "${PWD}:/home/e4l/app" e4l-python-graph',
      'docker run -d --name dash-app -p 127.0.0.1:8050:8050 -v "$(pwd):/home/e4l/app" e4l-python-graph',
      'docker run -d --name dash-app -p 127.0.0.1:8050:8050 -v .:/home/e4l/app e4l-python-graph',
      'docker run -d --name dash-app -p 127.0.0.1:8050:8050 --mount type=bind,source=.,target=/home/e4l/app e4l-python-graph',
    ],
    wrong: [
      ['docker run -d --name dash-app -p 127.0.0.1:8050:8050 e4l-python-graph', /mount \(-v or --mount\) is missing/],
      ['docker run -d --name dash-app -p 127.0.0.1:8050:8050 -v /home/e4l/app:. e4l-python-graph', /this machine's side first/],
      ['docker run -d --name dash-app -p 8050:8050 -v .:/home/e4l/app e4l-python-graph', /every network interface/],
    ],
  },
  'drill:keep-your-data:volumes': {
    right: ['docker volume ls', 'docker volume list'],
    wrong: [
      ['docker volumes', /not a command/],
      ['docker volume inspect', /this task needs docker volume ls/],
    ],
  },
  'drill:keep-your-data:inspect-volume': {
    right: ['docker volume inspect dash-app_db-data', 'docker inspect dash-app_db-data'],
    wrong: [
      ['docker volume inspect db-data', /volume is dash-app_db-data, not db-data/],
      ['docker volume ls', /this task needs docker volume inspect/],
    ],
  },
  'drill:keep-your-data:remove-running': {
    right: ['docker rm -f dash-app', 'docker container rm --force dash-app', 'docker rm dash-app -f'],
    wrong: [
      ['docker rm dash-app', /-f \(--force\) is missing/],
      ['docker rmi dash-app', /this task needs docker rm/],
      ['docker stop dash-app', /this task needs docker rm/],
    ],
  },
  'drill:keep-your-data:keep-data': {
    right: ['docker compose down'],
    wrong: [
      ['docker compose down -v', /-v \(--volumes\) is not asked for/],
      ['docker compose rm', /this task needs docker compose down/],
    ],
  },
};

let drills: DrillItem[] = [];
beforeAll(async () => {
  drills = collectReviewItems(await getLessons()).filter((item): item is DrillItem => item.kind === 'drill');
}, 120_000);

describe('drills', () => {
  it('every drill has a row of variants and mistakes, and every row a drill', () => {
    expect(drills.map((d) => d.id).sort()).toEqual(Object.keys(table).sort());
  });

  it('every hands-on lesson has at least 4 drills', () => {
    for (const lesson of [
      'installation',
      'dash-app',
      'run-dash-app',
      'share-image',
      'docker-compose',
      'compose-networks',
      'keep-your-data',
    ])
      expect(drills.filter((d) => d.lesson === lesson).length, lesson).toBeGreaterThanOrEqual(4);
  });

  for (const [id, row] of Object.entries(table)) {
    describe(id, () => {
      const drill = () => {
        const found = drills.find((d) => d.id === id);
        if (!found) throw new Error(`no drill ${id}`);
        return found.drill;
      };
      it.each(row.right)('accepts %s', (typed) => {
        expect(checkDrill(drill(), typed)).toMatchObject({ kind: 'right' });
      });
      it.each(row.wrong)('refuses %s, saying why', (typed, says) => {
        const verdict = checkDrill(drill(), typed);
        expect(verdict.kind).toBe('wrong');
        expect('problems' in verdict ? verdict.problems.join(' ') : '').toMatch(new RegExp(says.source, 'i'));
      });
    });
  }
});
