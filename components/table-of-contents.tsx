import type { Heading } from '@/lib/content/model';

/** Links to the article's sections: plain #fragment links, so it works without JavaScript. */
export function TableOfContents({ headings, label }: { headings: Heading[]; label: string }) {
  const sections: { heading: Heading; children: Heading[] }[] = [];
  for (const heading of headings) {
    if (heading.depth === 2 || sections.length === 0) sections.push({ heading, children: [] });
    else sections[sections.length - 1]?.children.push(heading);
  }
  return (
    <nav aria-labelledby="contents-heading" className="not-prose my-8 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800" data-testid="table-of-contents">
      <h2 id="contents-heading" className="text-sm font-bold tracking-widest text-zinc-700 uppercase dark:text-zinc-300">{label}</h2>
      <ol className="mt-3 flex list-decimal flex-col gap-1.5 pl-5 text-base">
        {sections.map(({ heading, children }) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} className="underline-offset-2 hover:text-brand-700 hover:underline dark:hover:text-brand-300">{heading.text}</a>
            {children.length > 0 && (
              <ol className="mt-1 flex list-[lower-alpha] flex-col gap-1 pl-5 text-sm">
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`} className="underline-offset-2 hover:text-brand-700 hover:underline dark:hover:text-brand-300">{child.text}</a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
