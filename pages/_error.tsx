import type { NextPageContext } from 'next';
import { ALLOWED_METHODS, errorStatus, securityHeaders, siteSecurityOptions } from '@/lib/security';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  404: 'Page not found',
  405: 'Method not allowed',
  416: 'Range not satisfiable',
};

/**
 * The framework's answer when the app router's pages cannot serve a request: a static file asked
 * with a method other than GET or HEAD (405), an unsatisfiable Range (416), a bad path (400), or
 * a failure. A failure the request caused is answered as the client's error (lib/security.ts).
 */
function ErrorPage({ statusCode }: { statusCode: number }) {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '4rem 1rem', textAlign: 'center' }}>
      <h1>{TITLES[statusCode] ?? 'Something went wrong'}</h1>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </main>
  );
}

ErrorPage.getInitialProps = ({ req, res, err }: NextPageContext) => {
  const statusCode = errorStatus({
    status: res?.statusCode ?? err?.statusCode ?? 500,
    method: req?.method,
    routerState: req?.headers['next-router-state-tree'],
  });
  if (res && !res.headersSent) {
    res.statusCode = statusCode;
    // A failure inside the proxy (TRACE, on a path it takes) comes here before the router has
    // set the headers of next.config.ts; the answer carries them all the same.
    for (const { key, value } of securityHeaders(siteSecurityOptions())) if (!res.hasHeader(key)) res.setHeader(key, value);
    if (statusCode === 405) res.setHeader('Allow', ALLOWED_METHODS);
    // An error answers one request: no cache may keep it for the next reader.
    res.setHeader('Cache-Control', 'private, no-store');
  }
  return { statusCode };
};

export default ErrorPage;
