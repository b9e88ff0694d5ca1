/** 523 → "8:43", 3725 → "1:02:05": the way YouTube labels a moment of a video. */
export function formatTime(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor(total / 60) % 60;
  const rest = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** 1719 → "PT28M39S", for `<time dateTime>`. */
export function isoDuration(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor(total / 60) % 60;
  const rest = total % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest || total === 0 ? `${rest}S` : ''}`;
}

const SECONDS = /^(\d+)s?$/;
const UNITS = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
const CLOCK = /^(?:(\d+):)?(\d+):([0-5]\d)$/;

/**
 * A time as people and YouTube write it in links: "304", "304s", "5m4s", "1h2m5s", "5:04",
 * "1:02:05". Anything else is undefined (a bad `?t=` is ignored, never an error).
 */
export function parseTime(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  const seconds = SECONDS.exec(value);
  if (seconds) return Number(seconds[1]);
  const match = (value && UNITS.exec(value)) || CLOCK.exec(value);
  if (!match) return undefined;
  const [hours, minutes, rest] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number];
  if (value.includes(':') && match[1] !== undefined && minutes > 59) return undefined;
  return hours * 3600 + minutes * 60 + rest;
}
