import { copyCommands } from '@/lib/content/code-blocks/copy-text';
import { CodeBlock } from '../code-block/code-block';

/**
 * One terminal command as a code block with its copy button, for commands that come from data
 * (components/check-work/engine) rather than from a lesson's fence. Plain text: a one-line command needs
 * no highlighting, and the prompt is marked as in any session.
 */
export function CommandBlock({ command }: { command: string }) {
  const copy = JSON.stringify(copyCommands('console', `$ ${command}`));
  return (
    <CodeBlock lang="console" kind="session" copy={copy}>
      <pre className="shiki" tabIndex={0}>
        <code>
          <span className="line" data-kind="command">
            <span data-prompt="user">$ </span>
            {command}
          </span>
        </code>
      </pre>
    </CodeBlock>
  );
}
