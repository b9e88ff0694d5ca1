import { Arrow, Box, DiagramFigure, tone } from './diagram-parts';

const id = 'cnet';

const desc =
  'A Compose project with two networks, frontend and backend, and three services. ' +
  'proxy (port 80) is on frontend only. web (port 8050) is on both networks. ' +
  'db (port 5432) is on backend only. ' +
  'proxy can reach web at http://web:8050 because both are on frontend. ' +
  'web can reach db at db:5432 because both are on backend. ' +
  'proxy and db cannot talk to each other: they have no network in common.';

const region = {
  frontend: 'fill-sky-100/70 stroke-sky-800 dark:fill-sky-950/70 dark:stroke-sky-300',
  frontendLine: 'stroke-sky-800 dark:stroke-sky-300',
  backend: 'fill-amber-100/70 stroke-amber-800 dark:fill-amber-950/70 dark:stroke-amber-300',
};

type ServiceProps = { x: number; name: string; port: string };

function Service({ x, name, port }: ServiceProps) {
  return (
    <g>
      <Box x={x} y={86} width={80} height={60} inner />
      <text x={x + 40} y={110} textAnchor="middle" fontWeight={700} className={tone.text}>
        {name}
      </text>
      <text x={x + 40} y={132} textAnchor="middle" fontSize={13} className={tone.muted}>
        {port}
      </text>
    </g>
  );
}

/** Two Compose networks; web joins both, proxy and db one each. */
export function ComposeNetworksDiagram() {
  return (
    <DiagramFigure
      id={id}
      title="Two Compose networks: frontend and backend"
      desc={desc}
      viewBox="0 0 360 316"
      caption={
        <>
          <code>web</code> is on both networks, so it can talk to <code>proxy</code> and to <code>db</code>; <code>proxy</code> and{' '}
          <code>db</code> cannot reach each other.
        </>
      }
    >
      {/* Networks: dashed frontend, dotted backend (not only colour tells them apart). */}
      <rect x={10} y={34} width={220} height={146} rx={12} strokeWidth={2} strokeDasharray="8 5" className={region.frontend} />
      <rect
        x={130}
        y={54}
        width={220}
        height={146}
        rx={12}
        strokeWidth={2}
        strokeDasharray="2 4"
        strokeLinecap="round"
        className={region.backend}
      />
      {/* The frontend outline again, on top, so it stays visible where the networks overlap. */}
      <rect
        x={10}
        y={34}
        width={220}
        height={146}
        rx={12}
        strokeWidth={2}
        strokeDasharray="8 5"
        fill="none"
        className={region.frontendLine}
      />
      <text x={14} y={26} fontWeight={700} className={tone.text}>
        network: frontend
      </text>
      <text x={346} y={220} textAnchor="end" fontWeight={700} className={tone.text}>
        network: backend
      </text>

      <Service x={20} name="proxy" port="port 80" />
      <Service x={140} name="web" port="port 8050" />
      <Service x={260} name="db" port="port 5432" />

      <Arrow id={id} kind="good" d="M101 120 H 138" />
      <text x={120} y={110} textAnchor="middle" fontSize={16} fontWeight={700} className={tone.good}>
        ✓
      </text>
      <Arrow id={id} kind="good" d="M221 120 H 258" />
      <text x={240} y={110} textAnchor="middle" fontSize={16} fontWeight={700} className={tone.good}>
        ✓
      </text>

      {/* proxy and db: no path */}
      <path d="M60 146 C 60 178, 300 178, 300 146" fill="none" strokeWidth={2} strokeDasharray="5 4" className={tone.badLine} />
      <circle cx={180} cy={170} r={11} className={tone.inner} strokeWidth={1.5} />
      <text x={180} y={175} textAnchor="middle" fontSize={15} fontWeight={700} className={tone.bad}>
        ✗
      </text>

      <g fontSize={13} className={tone.text}>
        <text x={14} y={252}>
          <tspan fontWeight={700} className={tone.good}>
            ✓
          </tspan>{' '}
          proxy → web at http://web:8050 (frontend)
        </text>
        <text x={14} y={276}>
          <tspan fontWeight={700} className={tone.good}>
            ✓
          </tspan>{' '}
          web → db at db:5432 (backend)
        </text>
        <text x={14} y={300}>
          <tspan fontWeight={700} className={tone.bad}>
            ✗
          </tspan>{' '}
          proxy → db: no network in common
        </text>
      </g>
    </DiagramFigure>
  );
}
