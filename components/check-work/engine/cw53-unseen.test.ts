/*
 * cw53: "no docker here" in the learner's own language, found by trying lesson 3's and lesson 7's steps on each shell's
 * localized message (the sets have pastes in ten languages). Read by the shells' layout, which is not translated, rather than
 * by their words: PowerShell's record names the command and quotes it, cmd.exe starts its message with the quoted name, and
 * Ubuntu's command-not-found lists the packages with their versions.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

describe('cw53: docker not installed, in any language (parse-errors.ts)', () => {
  it('PowerShell 5.1`s record and 7`s concise line, in German, Portuguese, Japanese', async () => {
    for (const line of [
      'docker : Die Benennung "docker" wurde nicht als Name eines Cmdlet, einer Funktion, einer Skriptdatei oder eines ausführbaren Programms erkannt.',
      "docker: O termo 'docker' não é reconhecido como nome de cmdlet, função, arquivo de script ou programa operável.",
      "docker : 用語 'docker' は、コマンドレット、関数、スクリプト ファイル、または操作可能なプログラムの名前として認識されません。",
    ])
      expect(await check('install', `PS C:\\Users\\me> docker version\n${line}`), line).toMatchObject({ id: 'docker-not-found' });
  });
  it('cmd.exe`s message starting with the quoted name (Chinese, Korean)', async () => {
    for (const line of [
      "'docker'은(는) 내부 또는 외부 명령, 실행할 수 있는 프로그램, 또는\n배치 파일이 아닙니다.",
      "'docker' 不是内部或外部命令，也不是可运行的程序\n或批处理文件。",
    ])
      expect(await check('install', `C:\\Users\\me>docker version\n${line}`), line).toMatchObject({ id: 'docker-not-found' });
  });
  it('Ubuntu`s command-not-found in Spanish: its apt suggestion with a version', async () => {
    const text = [
      '$ docker version',
      'No se ha encontrado la orden «docker», pero se puede instalar con:',
      'sudo snap install docker         # version 24.0.5, or',
      'sudo apt  install docker.io      # version 24.0.7-0ubuntu2~22.04.1',
    ].join('\n');
    expect(await check('install', text)).toMatchObject({ id: 'docker-not-found' });
  });
  it('docker-compose missing in French at lesson 7; docker`s own errors that quote a subcommand are not read so', async () => {
    const text = [
      '$ docker-compose up',
      "La commande « docker-compose » n'a pas été trouvée, mais peut être installée avec :",
      'sudo snap install docker          # version 24.0.5, or',
      'sudo apt  install docker-compose  # version 1.29.2-1',
    ].join('\n');
    expect(await check('compose', text)).toMatchObject({ id: 'compose-not-installed' });
    expect((await check('install', "docker: 'buildx' is not a docker command.\nSee 'docker --help'")).id).not.toBe('docker-not-found');
  });
});
