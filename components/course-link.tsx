import Link from 'next/link';
import type { ComponentProps } from 'react';

/*
 * next/link with viewport prefetching off. Prefetching fetched and parsed the RSC payload of
 * every lesson link on screen right after load, work that Lighthouse's mobile run counts as
 * blocking time; navigations still happen client-side, fetching the next page on click.
 */
export function CourseLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
