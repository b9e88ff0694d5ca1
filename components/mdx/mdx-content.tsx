import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from './mdx-components';

/**
 * Renders a lesson compiled at build time. This is a server component rendered once per
 * static page, so the "component created during render" concern (lost state on re-render)
 * does not apply: there is no state and no re-render.
 */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  // eslint-disable-next-line react-hooks/static-components -- see above: server-only, rendered once
  return <Content components={mdxComponents} />;
}
