/**
 * The current moment for publishing decisions. Outside production a test or an editor can
 * pin it with NEWS_NOW (an ISO date-time) to see what the site will look like then; a
 * production server always uses the real clock.
 */
export function currentTime(): Date {
  const pinned = process.env.NODE_ENV === 'production' ? undefined : process.env.NEWS_NOW;
  if (pinned) {
    const date = new Date(pinned);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return new Date();
}
