/**
 * The pages router needs one real page beside _error to build (Next.js 16 with Turbopack). Not
 * /500: Next.js would answer every failure with that static page, where pages/_error.tsx can
 * tell a request's own fault from the server's. Every 404 of the site is app/global-not-found.tsx.
 */
export default function NotFound() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '4rem 1rem', textAlign: 'center' }}>
      <h1>Page not found</h1>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </main>
  );
}
