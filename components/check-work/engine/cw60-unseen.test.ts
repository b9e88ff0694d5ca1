/*
 * cw60: an excerpt of docker inspect cut mid-object, then the poster's prose (gianarb/orbiter#59: `"NetworkSettings": {` … `"Ports":
 * {},` in a code span, then "And i cannot access the container, the only way that i find…", then "Please, help!"). The repair
 * of a cut document (schemas.ts) kept everything up to the last comma, a sentence's included, and parsed nothing: "cut off JSON".
 * The document now ends at the first line no JSON line begins like. Tests on other excerpts and sentences.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const excerpt = (ports: string) => `\`"NetworkSettings": {
            "Bridge": "",
            "SandboxID": "0d6f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c",
            "HairpinMode": false,
            "Ports": ${ports},\``;

describe('cw60: a cut inspect excerpt read up to the prose after it', () => {
  it('nothing published, whatever the sentence after it says', async () => {
    for (const after of [
      'Still, nothing answers on the host, any idea?',
      'Thanks, I am stuck.\n\nhttps://example.org/a,b',
      'What is wrong, please?',
    ])
      expect(await check('reach:published', `${excerpt('{}')}\n\n${after}`)).toMatchObject({ id: 'no-port-published' });
  });
  it('a published port read there too; no ok for a container whose name the excerpt left out', async () => {
    const d = await check(
      'reach:published',
      `${excerpt('{\n                "8050/tcp": [\n                    {\n                        "HostIp": "0.0.0.0",\n                        "HostPort": "8050"\n                    }\n                ]\n            }')}\n\nSo, it is published, but the page does not load.`,
    );
    expect(d.kind).not.toBe('unreadable');
    expect(d.kind).not.toBe('problem');
  });
  it('a cut State, then a sentence with a comma: the state is read', async () => {
    const d = await check(
      'reach:running',
      `"State": {\n    "Status": "exited",\n    "Running": false,\n    "Paused": false,\n    "Restarting": false,\n    "OOMKilled": false,\n    "Dead": false,\n    "Pid": 0,\n    "ExitCode": 1,\n\nIt stops at once, and the logs are empty.`,
    );
    expect(d).toMatchObject({ kind: 'problem', id: 'container-exited' });
  });
});
