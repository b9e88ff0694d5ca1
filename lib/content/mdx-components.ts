import { z } from 'zod';
import { calloutVariants } from '@/components/callout/callout-variants';
import { drillPropsSchema } from '@/components/drill/drill-schema';
import { checkPanels } from '@/components/check-work/engine/check-panels';
import { quizPropsSchema } from '@/components/quiz/quiz-schema';
import { videoPropsSchema } from '@/components/video/video-props';

/**
 * Every component an MDX lesson may use, with the schema its props must satisfy. The build
 * checks each use against this list (lib/content/remark-check-components.ts); the renderer's map is
 * components/mdx/mdx-components.tsx. A component must be in both.
 */
const noProps = z.object({}).strict();

export const mdxComponentSchemas = {
  Callout: z
    .object({
      variant: z.enum(calloutVariants, {
        error: (issue) => `variant ${JSON.stringify(issue.input)} is not one of ${calloutVariants.join(', ')}`,
      }),
      title: z.string().trim().min(1).optional(),
    })
    .strict(),
  ExampleFile: z.object({ path: z.string().regex(/^[\w.-]+(\/[\w.-]+)*$/, 'path must be relative to public/examples') }).strict(),
  Video: videoPropsSchema,
  Quiz: quizPropsSchema,
  ArchitectureDiagram: noProps,
  PortPublishingDiagram: noProps,
  ComposeNetworksDiagram: noProps,
  PortExplorer: noProps,
  NetworkExplorer: noProps,
  ExplainCommand: noProps,
  Drill: drillPropsSchema,
  CheckYourWork: z
    .object({
      check: z.enum(checkPanels, { error: (issue) => `check ${JSON.stringify(issue.input)} is not one of ${checkPanels.join(', ')}` }),
    })
    .strict(),
} as const satisfies Record<string, z.ZodType>;

export type MdxComponentName = keyof typeof mdxComponentSchemas;

/** Plain HTML an author may write inline; anything else lower-case is a typo. */
export const allowedHtmlElements = new Set(['kbd', 'abbr', 'br', 'sub', 'sup', 'small']);
