import Head from 'next/head';
import { absoluteUrl, site } from '@/lib/server/site';

type PageHeadProps = {
  /** The page's own title; the site's name follows it. Absent: the home page's title. */
  title?: string;
  description?: string;
  /** The page's path, for the canonical link and og:url; absent for pages not to index. */
  path?: string;
  type?: 'website' | 'article';
  noindex?: boolean;
};

/** Title, description, canonical link and the OpenGraph/Twitter cards of one page. */
export function PageHead({ title, description = site.description, path, type = 'website', noindex = false }: PageHeadProps) {
  const fullTitle = title ? `${title} · ${site.name}` : `${site.name}: Docker’s first steps, hands on`;
  const cardTitle = title ?? fullTitle;
  return (
    <Head>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      {noindex ? <meta name="robots" content="noindex" /> : null}
      {path ? <link rel="canonical" href={absoluteUrl(path)} /> : null}
      <meta property="og:title" content={cardTitle} />
      <meta property="og:description" content={description} />
      {path ? <meta property="og:url" content={absoluteUrl(path)} /> : null}
      <meta property="og:type" content={type} />
      <meta property="og:site_name" content={site.name} />
      <meta property="og:locale" content="en" />
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={cardTitle} />
      <meta name="twitter:description" content={description} />
    </Head>
  );
}
