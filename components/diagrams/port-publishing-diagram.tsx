import { Arrow, Box, DiagramFigure, mono, tone } from './diagram-parts';

const id = 'ports';

const desc =
  'On your computer, the host, the browser opens http://localhost:8050. ' +
  'docker run -p 8050:8050 forwards host port 8050 to port 8050 of the container, where the ' +
  'traffic arrives on the container’s network interface eth0 (for example 172.17.0.2). ' +
  'Case 1, unreachable: the Dash app listens on 127.0.0.1:8050. 127.0.0.1 is the loopback ' +
  'interface of the container itself, so the forwarded traffic on eth0 finds nothing ' +
  'listening and the browser gets an error. ' +
  'Case 2, reachable: the Dash app listens on 0.0.0.0:8050, which means every interface of ' +
  'the container, eth0 included, so the forwarded traffic reaches the app and the page loads.';

/** Why an app on 127.0.0.1 inside a container is unreachable and one on 0.0.0.0 is not. */
export function PortPublishingDiagram() {
  return (
    <DiagramFigure
      id={id}
      title="Publishing port 8050: 127.0.0.1 versus 0.0.0.0 inside the container"
      desc={desc}
      viewBox="0 0 360 444"
      caption={
        <>
          <code>-p 8050:8050</code> delivers traffic to the container’s network interface; the app has to listen there (<code>0.0.0.0</code>
          ), not only on its own loopback.
        </>
      }
    >
      {/* Host */}
      <Box x={10} y={10} width={340} height={62} />
      <text x={22} y={34} fontWeight={700} className={tone.text}>
        Your computer (the host)
      </text>
      <text x={22} y={58} className={tone.text}>
        Browser →{' '}
        <tspan fontFamily={mono} fontSize={13}>
          http://localhost:8050
        </tspan>
      </text>

      {/* -p 8050:8050 */}
      <Arrow id={id} d="M180 72 V 152" />
      <text x={190} y={96} fontFamily={mono} fontWeight={700} className={tone.flowText}>
        -p 8050:8050
      </text>
      <text x={190} y={114} fontSize={13} className={tone.flowText}>
        forwards to port 8050
      </text>

      {/* Container */}
      <Box x={10} y={124} width={340} height={310} />
      <text x={22} y={146} fontWeight={700} className={tone.text}>
        Container
      </text>
      <Box x={100} y={154} width={160} height={46} inner />
      <text x={180} y={174} textAnchor="middle" fontFamily={mono} fontSize={13} className={tone.text}>
        eth0 172.17.0.2
      </text>
      <text x={180} y={192} textAnchor="middle" fontSize={13} className={tone.muted}>
        traffic arrives here
      </text>

      {/* Case 1: 127.0.0.1, unreachable */}
      <Arrow id={id} kind="bad" dashed d="M140 200 L 100 244" />
      <text x={104} y={226} textAnchor="end" fontSize={18} fontWeight={700} className={tone.bad}>
        ✗
      </text>
      <Box x={20} y={248} width={154} height={176} inner />
      <text x={97} y={270} textAnchor="middle" fontFamily={mono} fontSize={13} className={tone.text}>
        Dash on 127.0.0.1
      </text>
      <text x={30} y={296} fontWeight={700} className={tone.bad}>
        ✗ Unreachable
      </text>
      <g fontSize={13} className={tone.text}>
        <text x={30} y={320}>
          Listens only on lo,
        </text>
        <text x={30} y={340}>
          the container’s own
        </text>
        <text x={30} y={360}>
          loopback. Nothing
        </text>
        <text x={30} y={380}>
          from outside ever
        </text>
        <text x={30} y={400}>
          arrives there.
        </text>
      </g>

      {/* Case 2: 0.0.0.0, reachable */}
      <Arrow id={id} kind="good" d="M220 200 L 260 244" />
      <text x={256} y={226} fontSize={18} fontWeight={700} className={tone.good}>
        ✓
      </text>
      <Box x={186} y={248} width={154} height={176} inner />
      <text x={263} y={270} textAnchor="middle" fontFamily={mono} fontSize={13} className={tone.text}>
        Dash on 0.0.0.0
      </text>
      <text x={196} y={296} fontWeight={700} className={tone.good}>
        ✓ Reachable
      </text>
      <g fontSize={13} className={tone.text}>
        <text x={196} y={320}>
          Listens on every
        </text>
        <text x={196} y={340}>
          interface, eth0 too:
        </text>
        <text x={196} y={360}>
          the page loads.
        </text>
      </g>
    </DiagramFigure>
  );
}
