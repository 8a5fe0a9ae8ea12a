/**
 * Runs once when a production server starts, before it takes requests. proxy.ts asks the
 * content about every article and listing URL, so the content is read here instead of on the
 * first such request, which would otherwise wait for it (~3.5 s at 1,000 articles) and hold up
 * every request behind it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return; // build workers load it as needed
  const { loadContent } = await import('./lib/content/loader');
  try {
    loadContent();
  } catch {
    // Content was validated at build; should it fail now, the pages report it on request.
  }
}
