import { describe, expect, it } from 'vitest';
import { jsonValues } from './json';
import { body } from './load-fixture';
import { check } from './test-pastes';
import { repair } from './schemas';

describe('jsonValues', () => {
  it('reads the JSON array of docker inspect', () => {
    const { values, cut } = jsonValues(body('inspect-running').split('\n').slice(1).join('\n'));
    expect(cut).toBe(false);
    expect(values).toHaveLength(1);
    expect((values[0] as Array<{ Name: string }>)[0]!.Name).toBe('/dash-app');
  });

  it('reads JSON Lines, one object per line (docker ps / compose ps --format json)', () => {
    const { values } = jsonValues(body('compose-ps-networks-ok'));
    expect(values.map((v) => (v as { Service: string }).Service)).toEqual(['db', 'proxy', 'web']);
  });

  it('is not fooled by brackets and escaped quotes in strings', () => {
    const { values } = jsonValues('{"Command":"\\"sh -c \'[ -x ] }\'\\"","n":[1]} {"a":"]"}');
    expect(values).toEqual([{ Command: '"sh -c \'[ -x ] }\'"', n: [1] }, { a: ']' }]);
  });

  it('notices truncated JSON', () => {
    expect(jsonValues(body('inspect-truncated')).cut).toBe(true);
    expect(jsonValues('[{"Name": "x"').cut).toBe(true);
    expect(jsonValues('{"Name": x}').cut).toBe(true); // balanced but invalid
  });

  it('stops at text after the JSON (docker inspect of a missing container)', () => {
    // cw80: and says where the text starts (read.ts reads a program's log after its JSON line under docker run or logs).
    expect(jsonValues('[]\nError: No such object: dash-app')).toEqual({ values: [[]], cut: false, end: 3 });
  });

  it('finds nothing in text that is not JSON', () => {
    expect(jsonValues('CONTAINER ID   IMAGE')).toEqual({ values: [], cut: false });
  });
});

describe('repair (schemas.ts): a document cut off, closed after its last whole member', () => {
  const cut = '\0cut';
  it('drops the member the cut broke and marks each container it closes', () => {
    expect(repair('[{"Name": "/x", "State": {"Status": "exi')).toEqual([{ Name: '/x', State: { [cut]: 1 }, [cut]: 1 }, cut]);
    expect(repair('{"a": [1, 2')).toEqual({ a: [1, cut], [cut]: 1 });
    expect(repair('{"a": {"b": 1}')).toEqual({ a: { b: 1 }, [cut]: 1 });
    expect(repair('{"k": "x,[{\\"y", "l":')).toEqual({ k: 'x,[{"y', [cut]: 1 });
  });

  it('gives undefined for text that is no JSON even so, and caps the nesting', () => {
    expect(repair('{"a": x, "b": 1')).toBeUndefined();
    expect(repair('['.repeat(10_000))).toBeDefined();
  });
});

describe('a note written into the JSON (holdout11, 2026-12)', () => {
  it('reads the document without the note after a value', () => {
    // Modelled on moby/moby#31520 (`"Containers": null,    **<===== Not in list**` inside a network inspect); here `//` and `<--`.
    const text = '[\n  {\n    "Name": "dash-app_backend",   // the network\n    "Containers": {},  <-- empty!\n    "Labels": null\n  }\n]';
    expect(jsonValues(text)).toMatchObject({ values: [[{ Name: 'dash-app_backend', Containers: {} }]], cut: false });
  });

  it('leaves a document it still cannot read as cut', () => {
    expect(jsonValues('[\n  { "Name": "x",  <-- here\n    "Bad": nope }\n]')).toMatchObject({ values: [], cut: true });
  });
});

describe('cw36: a heading above a document is no retyped member (json.ts bareMember)', () => {
  it('reads the JSON under `Output:` and a blank line (a forum’s indented block below a sentence)', async () => {
    expect(jsonValues('Output:\n\n{"Names":"dash-app"}')).toEqual({ values: [], cut: false });
    expect(jsonValues('State:{ Dead:false, ExitCode:137 }').values).toEqual([{ State: { Dead: false, ExitCode: 137 } }]);
    // docker ps --format json's line (stored paste ir-statuspage-json-dashapp-ok).
    const line =
      '{"Command":"\\"python app.py\\"","CreatedAt":"2025-06-22 12:47:04 -0400 EDT","ID":"b42fe0c1868c","Image":"e4l-python-graph","Labels":"","LocalVolumes":"0","Mounts":"","Names":"dash-app","Networks":"bridge","Ports":"0.0.0.0:8050-\\u003e8050/tcp, :::8050-\\u003e8050/tcp","RunningFor":"2 minutes ago","Size":"0B (virtual 1.2GB)","State":"running","Status":"Up 2 minutes"}';
    expect((await check('run', `Output:\n\n    ${line}`)).kind).toBe('ok');
    const cut = '{\n    "Name": "dash-app_default",\n    "Labels": {\n        "com.docker.compose.project": "other"';
    expect((await check('networks', `Output:\n\n${cut}`)).id).toBe((await check('networks', cut)).id);
  });
});
