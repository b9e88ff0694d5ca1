import { describe, expect, it } from 'vitest';
import { checkSample, describeSample, extractCodeSamples, fileSample, sampleCheck, type CodeSample } from './code-samples';

const sample = (lang: string, source: string, title?: string): CodeSample => ({
  file: 'content/lessons/01-a.mdx',
  line: 9,
  lang,
  title,
  source,
});

describe('extractCodeSamples', () => {
  it('finds fences at their line in the file, inside components too, with their titles', () => {
    const mdx = [
      '---',
      'title: T',
      '---',
      '',
      '```dockerfile title="Dockerfile"',
      'FROM alpine',
      '```',
      '',
      '<Callout variant="tip">',
      '',
      '```console',
      '$ docker ps',
      '```',
      '',
      '</Callout>',
      '',
    ].join('\n');
    expect(extractCodeSamples('x.mdx', mdx)).toEqual([
      { file: 'x.mdx', line: 5, lang: 'dockerfile', title: 'Dockerfile', source: 'FROM alpine' },
      { file: 'x.mdx', line: 11, lang: 'console', title: undefined, source: '$ docker ps' },
    ]);
  });

  it('names a sample by file, line and fence', () => {
    expect(describeSample(sample('dockerfile', '', 'Dockerfile'))).toBe('content/lessons/01-a.mdx line 9 (```dockerfile "Dockerfile")');
    expect(describeSample(fileSample('public/examples/a/compose.yaml', ''))).toBe('public/examples/a/compose.yaml');
  });
});

describe('checkSample', () => {
  it('accepts good samples of every kind', () => {
    expect(checkSample(sample('dockerfile', 'FROM python:3.12-slim\nCOPY app.py .\nCMD ["python", "app.py"]'))).toEqual([]);
    expect(checkSample(sample('yaml', 'services:\n  web:\n    build: .\n    ports:\n      - "8050:8050"'))).toEqual([]);
    expect(checkSample(sample('console', '$ docker run --rm \\\n    hello-world\nHello from Docker!\n# systemctl start docker'))).toEqual(
      [],
    );
    expect(checkSample(sample('sh', 'for f in *.py; do\n  echo "$f"\ndone'))).toEqual([]);
    expect(checkSample(sample('python', 'print("hi")'))).toEqual([]);
    expect(checkSample(sample('json', '{"a": 1}'))).toEqual([]);
    expect(checkSample(sample('text', '{{ not checked'))).toEqual([]);
  });

  it('rejects a Dockerfile with an unknown instruction or a missing argument', () => {
    expect(checkSample(sample('dockerfile', 'FROM alpine\nRUNN echo hi\nCOPY'))).toEqual([
      'line 2: Unknown instruction: RUNN',
      'line 3: COPY requires at least two arguments',
    ]);
  });

  it('tells Compose files from other YAML and checks them against the Compose Specification', () => {
    expect(sampleCheck(sample('yaml', 'services: {}'))).toBe('compose');
    expect(sampleCheck(sample('yaml', 'a: 1', 'compose.yaml'))).toBe('compose');
    expect(sampleCheck(sample('yaml', 'name: CI\non: push'))).toBe('yaml');
    expect(checkSample(sample('yaml', 'services:\n  web:\n    image: nginx\n    port: 80'))).toEqual([
      '/services/web: must NOT have additional properties "port" (Compose Specification)',
    ]);
    expect(checkSample(sample('yaml', 'version: "3.8"\nservices:\n  web:\n    image: nginx'))).toEqual([
      'the top-level `version` key is obsolete in the Compose Specification; remove it',
    ]);
    expect(checkSample(sample('yaml', 'services:\n  web:\n    healthcheck:\n      interval: soon'))[0]).toMatch(
      /interval: must match format "duration"/,
    );
  });

  it('accepts the top-level project name, which the packaged schema lacks, and checks its form', () => {
    expect(checkSample(sample('yaml', 'name: dash-app\nservices:\n  web:\n    build: .\n    init: true'))).toEqual([]);
    expect(checkSample(sample('yaml', 'name: Dash App\nservices:\n  web:\n    image: nginx'))).toEqual([
      '/name: must match pattern "^[a-z0-9][a-z0-9_-]*$" (Compose Specification)',
    ]);
  });

  it('rejects YAML that does not parse', () => {
    expect(checkSample(sample('yaml', 'a: [1, 2\nb: 3'))[0]).toMatch(/^line \d+: /);
  });

  it('checks a session as the copy button copies it: commands only, placeholders filled', () => {
    expect(checkSample(sample('console', '$ sudo usermod -aG docker <user>\n$ echo "it is <user>"'))).toEqual([]);
    expect(checkSample(sample('console', '$ if true; then echo hi\nhi'))[0]).toMatch(/syntax error: unexpected end of file/);
    expect(checkSample(sample('console', 'Just output, no prompt'))).toEqual([
      'a terminal session with no command; start each command with "$ " or "# "',
    ]);
    expect(checkSample(sample('console', '$ echo <nope>'))[0]).toMatch(/placeholder <nope> has no fallback/);
  });

  it('rejects a script that bash cannot parse', () => {
    expect(checkSample(sample('bash', 'echo "unclosed'))[0]).toMatch(/unexpected EOF/);
  });

  it('rejects Python that does not compile, with its line', () => {
    expect(checkSample(sample('python', 'x = 1\ndef f(:\n  pass'))[0]).toMatch(/^line 2: SyntaxError/);
  });

  it('rejects JSON that does not parse', () => {
    expect(checkSample(sample('json', '{"a": 1,}'))).toHaveLength(1);
  });
});
