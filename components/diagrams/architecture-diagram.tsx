import { Arrow, Box, DiagramFigure, mono, tone } from './diagram-parts';

const id = 'arch';

const desc =
  'The Docker client, that is the docker command (docker build, docker pull, docker run), and ' +
  'Docker Compose (docker compose up), which is another client, send REST API requests over the ' +
  'Unix socket /run/docker.sock, or over the network, to the Docker daemon, dockerd, on the ' +
  'Docker host. The daemon does the work. Build: it builds an image and keeps it with the ' +
  'host’s images. Pull: it downloads an image from a registry, Docker Hub by default, into ' +
  'the host’s images. Run: it creates and starts a container from one of those images. The ' +
  'host holds images (for example archlinux, hello-world, e4l-python-graph) and containers ' +
  '(running or stopped). The registry stores images such as archlinux, python and hello-world; ' +
  'docker push uploads an image to it, docker pull downloads one.';

/** Client, daemon, images, containers and registry, with the build, pull and run flows. */
export function ArchitectureDiagram() {
  return (
    <DiagramFigure
      id={id}
      title="Docker’s client-server architecture"
      desc={desc}
      viewBox="0 0 360 540"
      caption={
        <>
          The client only sends requests; the daemon <code>dockerd</code> builds, pulls and runs.
        </>
      }
    >
      {/* Client */}
      <Box x={10} y={10} width={340} height={118} />
      <text x={22} y={34} fontWeight={700} className={tone.text}>
        Client
      </text>
      <g fontFamily={mono} className={tone.text}>
        <text x={22} y={62}>
          docker build
        </text>
        <text x={22} y={86}>
          docker pull
        </text>
        <text x={22} y={110}>
          docker run
        </text>
      </g>
      <Box x={186} y={42} width={152} height={74} inner />
      <text x={262} y={64} textAnchor="middle" fontWeight={700} className={tone.text}>
        Compose
      </text>
      <text x={262} y={86} textAnchor="middle" fontFamily={mono} fontSize={13} className={tone.text}>
        docker compose up
      </text>
      <text x={262} y={106} textAnchor="middle" fontSize={13} className={tone.muted}>
        another client
      </text>

      {/* REST API */}
      <Arrow id={id} d="M180 128 V 220" />
      <text x={190} y={152} fontWeight={700} className={tone.flowText}>
        REST API over
      </text>
      <text x={190} y={172} fontFamily={mono} fontSize={13} className={tone.flowText}>
        /run/docker.sock
      </text>

      {/* Docker host */}
      <Box x={10} y={188} width={340} height={222} />
      <text x={22} y={210} fontWeight={700} className={tone.text}>
        Docker host
      </text>
      <Box x={22} y={222} width={316} height={44} inner />
      <text x={180} y={249} textAnchor="middle" className={tone.text}>
        <tspan fontFamily={mono} fontWeight={700}>
          dockerd
        </tspan>
        , the daemon
      </text>

      <Box x={22} y={300} width={136} height={96} inner />
      <text x={90} y={322} textAnchor="middle" fontWeight={700} className={tone.text}>
        Images
      </text>
      <g fontFamily={mono} fontSize={13} textAnchor="middle" className={tone.text}>
        <text x={90} y={344}>
          archlinux
        </text>
        <text x={90} y={364}>
          hello-world
        </text>
        <text x={90} y={384}>
          e4l-python-graph
        </text>
      </g>

      <Box x={202} y={300} width={136} height={96} inner />
      <text x={270} y={322} textAnchor="middle" fontWeight={700} className={tone.text}>
        Containers
      </text>
      <g fontSize={13} textAnchor="middle" className={tone.text}>
        <text x={270} y={344}>
          web (running)
        </text>
        <text x={270} y={364}>
          db (running)
        </text>
        <text x={270} y={384}>
          test (stopped)
        </text>
      </g>

      {/* build: daemon -> images */}
      <Arrow id={id} d="M90 266 V 298" />
      <text x={98} y={288} fontWeight={700} className={tone.flowText}>
        build
      </text>
      {/* run: image -> container */}
      <Arrow id={id} d="M158 356 H 200" />
      <text x={180} y={346} textAnchor="middle" fontWeight={700} className={tone.flowText}>
        run
      </text>

      {/* Registry */}
      <Box x={10} y={440} width={340} height={90} />
      <text x={22} y={462} fontWeight={700} className={tone.text}>
        Registry (Docker Hub by default)
      </text>
      <text x={22} y={490} fontFamily={mono} fontSize={13} className={tone.text}>
        archlinux · python · hello-world
      </text>
      <text x={22} y={514} fontSize={13} className={tone.muted}>
        stores images: push uploads, pull downloads
      </text>
      {/* pull: registry -> images */}
      <Arrow id={id} d="M90 440 V 398" />
      <text x={98} y={428} fontWeight={700} className={tone.flowText}>
        pull
      </text>
    </DiagramFigure>
  );
}
