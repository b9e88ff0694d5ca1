import type { ComponentProps, ComponentType, ReactNode } from 'react';
import type { z } from 'zod';
import type { mdxComponentSchemas, MdxComponentName } from '@/lib/content/mdx-components';
import { CheckYourWork } from '../check-work/check-work';
import { Drill } from '../drill/drill';
import { ArchitectureDiagram } from '../diagrams/architecture-diagram';
import { ComposeNetworksDiagram } from '../diagrams/compose-networks-diagram';
import { PortPublishingDiagram } from '../diagrams/port-publishing-diagram';
import { NetworkExplorer } from '../explorers/network-explorer';
import { PortExplorer } from '../explorers/port-explorer';
import { Quiz } from '../quiz/quiz';
import { Callout } from '../callout/callout';
import { CodeBlock } from '../code-block/code-block';
import { ExplainCommand } from '../explain-command/explain-command';
import { Video } from '../video/video';

/**
 * What each component a lesson may write renders with: props exactly as its schema validates
 * them. <ExampleFile> is replaced by a code block at build time (lib/content/remark-example-file.ts).
 */
type LessonComponents = {
  [Name in Exclude<MdxComponentName, 'ExampleFile'>]: ComponentType<z.infer<(typeof mdxComponentSchemas)[Name]> & { children?: ReactNode }>;
};

/**
 * The one map of what MDX renders with. The build checks every use in a lesson against
 * lib/content/mdx-components.ts (names and prop schemas); `satisfies` makes a component missing here,
 * or one whose props disagree with its schema, a type error. CodeBlock is added by the
 * pipeline around every fenced block, never written by hand.
 */
const lessonComponents = {
  Callout,
  Video,
  Quiz,
  ArchitectureDiagram,
  PortPublishingDiagram,
  ComposeNetworksDiagram,
  PortExplorer,
  NetworkExplorer,
  CheckYourWork,
  ExplainCommand,
  Drill,
} satisfies LessonComponents;

export const mdxComponents = {
  ...lessonComponents,
  CodeBlock,
  table: (props: ComponentProps<'table'>) => (
    // Wide tables scroll inside their own box instead of pushing the page sideways. The box is
    // focusable so a keyboard can scroll it too (axe: scrollable-region-focusable, which lesson
    // 6's five-column table tripped at 375 px). No region role: a page with two tables would
    // need a unique name for each, and the table itself is what a screen reader announces.
    <div className="table-scroll" tabIndex={0}>
      <table {...props} />
    </div>
  ),
};
