import type { NextPageContext } from 'next';

/**
 * The framework's answer when it cannot serve a static file: a method other than GET or HEAD
 * (405), an unsatisfiable Range (416), a bad path (400). An app-router-only site has no page
 * for these and answered 500; this pages-router error page is what Next.js renders for them.
 */
function StaticFileError({ statusCode }: { statusCode: number }) {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '4rem 1rem', textAlign: 'center' }}>
      <h1>{statusCode === 405 ? 'Method not allowed' : statusCode === 416 ? 'Range not satisfiable' : 'Bad request'}</h1>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </main>
  );
}

StaticFileError.getInitialProps = ({ res, err }: NextPageContext) => ({ statusCode: res?.statusCode ?? err?.statusCode ?? 400 });

export default StaticFileError;
