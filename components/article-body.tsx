/**
 * The one place that sets raw HTML: the body was rendered and sanitised in lib/markdown.ts.
 */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      className="prose prose-zinc prose-lg max-w-none dark:prose-invert prose-headings:font-serif prose-headings:tracking-tight prose-a:text-brand-700 prose-img:rounded-lg prose-code:before:content-none prose-code:after:content-none dark:prose-a:text-brand-300 [&_table]:block [&_table]:overflow-x-auto"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
