/**
 * The pages router needs one real page beside _error to build (Next.js 16 with Turbopack).
 * Its own 500 page is the natural one; app/ routes use their error.tsx.
 */
export default function ServerError() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '4rem 1rem', textAlign: 'center' }}>
      <h1>Something went wrong</h1>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </main>
  );
}
