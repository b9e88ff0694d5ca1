import { it } from 'vitest';
import { check } from './test-pastes';
const cases: [string, string][] = [
  ['ps fr', `PS C:\\Users\\moi> docker version
docker : Le terme «docker» n'est pas reconnu comme nom d'applet de commande, fonction, fichier de script ou programme exécutable. Vérifiez l'orthographe du nom, ou si un chemin d'accès existe, vérifiez que le chemin d'accès est correct et réessayez.`],
  ['ps de', `PS C:\\Users\\ich> docker version
docker : Die Benennung "docker" wurde nicht als Name eines Cmdlet, einer Funktion, einer Skriptdatei oder eines ausführbaren Programms erkannt. Überprüfen Sie die Schreibweise des Namens, oder ob der Pfad korrekt ist (sofern enthalten), und wiederholen Sie den Vorgang.`],
  ['ps es', `PS C:\\Users\\yo> docker version
docker : El término 'docker' no se reconoce como nombre de un cmdlet, función, archivo de script o programa ejecutable. Compruebe si escribió correctamente el nombre o, si incluyó una ruta de acceso, compruebe que dicha ruta es correcta e inténtelo de nuevo.`],
  ['ps pt', `PS C:\\Users\\eu> docker version
docker : O termo 'docker' não é reconhecido como nome de cmdlet, função, arquivo de script ou programa operável. Verifique a grafia do nome ou, se um caminho tiver sido incluído, veja se o caminho está correto e tente novamente.`],
  ['ps zh', `PS C:\\Users\\me> docker version
docker : 无法将“docker”项识别为 cmdlet、函数、脚本文件或可运行程序的名称。请检查名称的拼写，如果包括路径，请确保路径正确，然后再试一次。`],
  ['ps ja', `PS C:\\Users\\me> docker version
docker : 用語 'docker' は、コマンドレット、関数、スクリプト ファイル、または操作可能なプログラムの名前として認識されません。名前が正しく記述されていることを確認し、パスが含まれている場合はそのパスが正しいことを確認してから、再試行してください。`],
  ['cmd fr', `C:\\Users\\moi>docker version
'docker' n’est pas reconnu en tant que commande interne
ou externe, un programme exécutable ou un fichier de commandes.`],
  ['cmd de', `C:\\Users\\ich>docker version
Der Befehl "docker" ist entweder falsch geschrieben oder
konnte nicht gefunden werden.`],
  ['cmd es', `C:\\Users\\yo>docker version
"docker" no se reconoce como un comando interno o externo,
programa o archivo por lotes ejecutable.`],
  ['cmd zh', `C:\\Users\\me>docker version
'docker' 不是内部或外部命令，也不是可运行的程序
或批处理文件。`],
  ['bash fr', `moi@pc:~$ docker version
La commande « docker » n'a pas été trouvée, mais peut être installée avec :
sudo snap install docker         # version 24.0.5, or
sudo apt  install docker.io      # version 24.0.7-0ubuntu2~22.04.1`],
  ['bash de', `ich@pc:~$ docker version
Der Befehl 'docker' wurde nicht gefunden, kann aber installiert werden mit:
sudo snap install docker`],
  ['bash es', `yo@pc:~$ docker version
No se ha encontrado la orden «docker», pero se puede instalar con:
sudo snap install docker`],
  ['zsh', `me@mac ~ % docker version
zsh: command not found: docker`],
  ['pipe fr', `PS C:\\> docker version
Client:
 Version:           27.3.1
 API version:       1.47
 Context:           desktop-linux
error during connect: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.47/version": open //./pipe/dockerDesktopLinuxEngine: Le fichier spécifié est introuvable.`],
  ['socket ru', `$ docker ps
Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`],
  ['perm zh', `$ docker ps
permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: 权限不够`],
  ['perm fr', `$ docker ps
Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get http://%2Fvar%2Frun%2Fdocker.sock/v1.40/containers/json: dial unix /var/run/docker.sock: connect: Permission non accordée`],
];
it('x', async () => {
  for (const [n, t] of cases) {
    const d = await check('install', t);
    console.log(n.padEnd(12), d.kind, d.id, d.details.variant ?? '');
  }
});
