
interface SectionHeadingProps {
  id: string;
  title: string;
  href?: string;
  linkLabel?: string;
}

export function SectionHeading({ id, title, href, linkLabel }: SectionHeadingProps) {
  return (
    <div className="mb-6 flex items-baseline justify-between gap-4 border-b border-zinc-200 pb-3 dark:border-zinc-800">
      <h2 id={id} className="font-serif text-2xl font-bold tracking-tight">{title}</h2>
      {href && linkLabel && (
        <a href={href} className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300">
          {linkLabel}<span aria-hidden="true"> →</span>
        </a>
      )}
    </div>
  );
}
