import type { GetStaticProps, PageConfig } from 'next';
import { PageHead } from '@/components/layout/page-head';
import { MdxContent } from '@/components/mdx/mdx-content';
import { InlineContents } from '@/components/toc/inline-contents';
import { getTeachingPage, type ContentPage } from '@/lib/content/content-pages';

/** No Next or React script in the browser: the page is HTML, CSS and its islands. */
export const config: PageConfig = { unstable_runtimeJS: false };

type TeachingProps = { page: Pick<ContentPage, 'title' | 'description' | 'path' | 'code' | 'toc'> };

export const getStaticProps: GetStaticProps<TeachingProps> = async () => {
  const { title, description, path, code, toc } = await getTeachingPage();
  return { props: { page: { title, description, path, code, toc } } };
};

/** "Teaching this course" (content/teaching.mdx), compiled and checked like a lesson. */
export default function TeachingPage({ page }: TeachingProps) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 outline-none sm:px-6">
      <PageHead title={page.title} description={page.description} path={page.path} type="article" />
      <header className="mb-8">
        <p className="text-sm font-medium text-accent">For teachers</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{page.title}</h1>
        <p className="mt-3 text-lg text-muted text-pretty">{page.description}</p>
      </header>
      <InlineContents items={page.toc} alwaysShown />
      <div className="prose prose-course max-w-none prose-headings:scroll-mt-20 prose-pre:my-0 prose-a:break-words prose-code:before:content-none prose-code:after:content-none">
        <MdxContent code={page.code} />
      </div>
    </main>
  );
}
