import type { ComponentProps } from 'react';
import { ArchitectureDiagram } from './diagrams/architecture-diagram';
import { ComposeNetworksDiagram } from './diagrams/compose-networks-diagram';
import { PortPublishingDiagram } from './diagrams/port-publishing-diagram';
import { NetworkExplorer } from './explorers/network-explorer';
import { PortExplorer } from './explorers/port-explorer';
import { Quiz } from './quiz/quiz';
import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { Video } from './video/video';

/**
 * The one map of what MDX renders with. Lessons may only use the components whose names and
 * prop schemas are listed in lib/mdx-components.ts (checked at build time); CodeBlock is added
 * by the pipeline around every fenced block, never written by hand.
 */
export const mdxComponents = {
  Callout,
  CodeBlock,
  Video,
  Quiz,
  ArchitectureDiagram,
  PortPublishingDiagram,
  ComposeNetworksDiagram,
  PortExplorer,
  NetworkExplorer,
  table: (props: ComponentProps<'table'>) => (
    // Wide tables scroll inside their own box instead of pushing the page sideways.
    <div className="table-scroll">
      <table {...props} />
    </div>
  ),
};
