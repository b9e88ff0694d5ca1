import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from './mdx-components';

/** Renders a lesson compiled at build time; runs on the server only (static generation). */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return <Content components={mdxComponents} />;
}
