import { watchUrl } from '@/components/video/embed-url';
import { formatTime, isoDuration } from '@/components/video/time';
import { videoPropsSchema, type VideoProps } from '@/components/video/video-props';
import { Island } from '@/lib/server/island';
import { chapterStart, playButton, videoBox, videoTag, videoTitle } from './video.contract';

// One look for the play button and its no-JavaScript stand-in; `.js` is set on <html> before paint.
const pill =
  'items-center gap-2 rounded-full bg-white px-5 py-3 font-semibold text-zinc-900 shadow-lg hover:bg-zinc-100 focus-visible:outline-white motion-safe:transition-transform motion-safe:hover:scale-105';

const chapterLink =
  'flex gap-3 rounded-md border-l-4 leading-snug border-transparent px-3 py-1.5 text-ink no-underline hover:bg-surface motion-safe:transition-colors aria-[current=true]:border-accent aria-[current=true]:bg-accent-soft aria-[current=true]:font-semibold';

/**
 * A YouTube video with chapters, without loading anything from YouTube until the reader asks.
 * The poster and the chapter links are static HTML (the links go to youtube.com, so they work
 * without JavaScript); video.island.ts plays the video in the page on Play or a chapter click.
 */
export function Video(props: VideoProps) {
  const result = videoPropsSchema.safeParse(props);
  if (!result.success) throw new Error(`<Video> ${result.error.issues.map((issue) => issue.message).join('; ')}`);
  const { id, title, duration, chapters = [] } = result.data;
  const chaptersLabelId = `video-${id}-chapters`;

  return (
    <Island island="video" tag={videoTag}>
      <figure aria-label={title} className="not-prose my-8">
        <div {...videoBox.set(id)} {...videoTitle.set(title)} className="relative aspect-video overflow-hidden rounded-lg bg-zinc-900">
          <div className="absolute inset-0 flex flex-col justify-between gap-2 bg-linear-to-br from-slate-800 to-slate-950 p-4 text-white sm:p-6">
            <p className="text-xs font-medium tracking-wider text-slate-300 uppercase sm:text-sm">
              Video
              {duration !== undefined && (
                <>
                  {' · '}
                  <time dateTime={isoDuration(duration)}>{formatTime(duration)}</time>
                </>
              )}
              {chapters.length > 0 && ` · ${chapters.length} chapters`}
            </p>
            <div className="self-center">
              <button type="button" {...playButton.set(true)} className={`hidden [.js_&]:inline-flex ${pill}`}>
                <PlayIcon />
                Play<span className="sr-only"> video: {title}</span>
              </button>
              <a href={watchUrl(id)} className={`inline-flex [.js_&]:hidden ${pill}`}>
                <PlayIcon />
                Watch on YouTube<span className="sr-only">: {title}</span>
              </a>
            </div>
            <p className="text-lg leading-snug font-semibold text-balance sm:text-2xl">{title}</p>
          </div>
        </div>
        {chapters.length > 0 && (
          <>
            <p id={chaptersLabelId} className="mt-4 mb-1 text-sm font-semibold text-ink">
              Chapters
            </p>
            <ol className="gap-x-4 sm:columns-2">
              {chapters.map((chapter) => (
                <li key={chapter.at} className="break-inside-avoid">
                  <a href={watchUrl(id, chapter.at)} {...chapterStart.set(chapter.at)} className={chapterLink}>
                    <time
                      dateTime={isoDuration(chapter.at)}
                      className="min-w-[5ch] shrink-0 text-right font-normal text-muted tabular-nums"
                    >
                      {formatTime(chapter.at)}
                    </time>{' '}
                    <span>{chapter.title}</span>
                  </a>
                </li>
              ))}
            </ol>
          </>
        )}
      </figure>
    </Island>
  );
}

function PlayIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-current">
      <path d="M8 5.5v13a1 1 0 0 0 1.5.86l11-6.5a1 1 0 0 0 0-1.72l-11-6.5A1 1 0 0 0 8 5.5z" />
    </svg>
  );
}
