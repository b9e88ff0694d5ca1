import { describe, expect, it } from 'vitest';
import { codeLanguage, isCodeLanguage, languageOfFile, shikiAliases, shikiGrammars } from './code-languages';

describe('code languages', () => {
  it('gives each fence its kind and caption, plain text for none', () => {
    expect(['console', 'shell-session', 'sh', 'bash', 'dockerfile', 'yaml', undefined].map((lang) => codeLanguage(lang).kind)).toEqual([
      'session',
      'session',
      'script',
      'script',
      'file',
      'file',
      'file',
    ]);
    expect(codeLanguage('console').label).toBe('Terminal');
    expect(codeLanguage(undefined).label).toBe('Text');
    expect(isCodeLanguage('dockerfle')).toBe(false);
  });

  it('knows the language of the files the course ships', () => {
    expect(['dash-app/Dockerfile', 'Dockerfile.dev', 'compose.yaml', 'a/b.yml', 'app.py', 'x.json', 'run.sh', 'proxy.conf', 'requirements.txt', '.dockerignore'].map(languageOfFile)).toEqual([
      'dockerfile',
      'dockerfile',
      'yaml',
      'yaml',
      'python',
      'json',
      'sh',
      'nginx',
      'text',
      'text',
    ]);
  });

  it('loads each grammar once and maps every other fence name to it', () => {
    expect(shikiGrammars).toEqual(['shellsession', 'shellscript', 'dockerfile', 'yaml', 'python', 'json', 'ini', 'nginx', 'go']);
    expect(shikiAliases).toMatchObject({ console: 'shellsession', sh: 'shellscript', yml: 'yaml', txt: 'text' });
  });
});
