import { Head, Html, Main, NextScript } from 'next/document';

/** The document of the two pages-router error pages (pages/_error.tsx): the site's language. */
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
