import type { Problem, Severity } from '@/lib/content/problems';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const TONES: Record<Severity, { noun: string; item: string }> = {
  error: { noun: 'error', item: 'border-red-600 bg-red-50 dark:border-red-400 dark:bg-red-950/40' },
  warning: { noun: 'warning', item: 'border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40' },
};

/** One severity's problems, each as `file:line: message` (`file:line: warning: message`, as content:check prints them). */
function ProblemList({ severity, problems }: { severity: Severity; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  const { noun, item } = TONES[severity];
  const headingId = `content-${noun}s`;
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="font-serif text-2xl font-bold tracking-tight">
        {plural(problems.length, noun)}
      </h2>
      <ul aria-labelledby={headingId} className="mt-4 flex flex-col gap-3">
        {problems.map((problem, index) => (
          <li key={`${index}:${problem.file}:${problem.line}`} className={`rounded-r-lg border-l-4 px-4 py-3 break-words ${item}`}>
            <code className="font-mono text-sm font-semibold">{`${problem.file}:${problem.line}:`}</code>{' '}
            {severity === 'warning' && 'warning: '}
            {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What `next dev` shows in place of every page while the content has errors: each problem
 * in plain words at its file and line, errors first, for the editor to fix and save.
 */
export function ContentProblems({ problems }: { problems: readonly Problem[] }) {
  return (
    <div lang="en" data-testid="content-problems" className="container-page max-w-3xl py-12">
      <p className="text-sm font-bold tracking-widest text-red-700 uppercase dark:text-red-300">Not publishable yet</p>
      <h1 className="mt-3 font-serif text-4xl font-bold tracking-tight">The content has {plural(problems.length, 'problem')}</h1>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">
        A site with errors would not build, so this page takes the place of every page in development until they are fixed. Each
        line names the file, the line in it and what to change.
      </p>
      <ProblemList severity="error" problems={problems.filter((problem) => problem.severity === 'error')} />
      <ProblemList severity="warning" problems={problems.filter((problem) => problem.severity === 'warning')} />
      <p className="mt-10 rounded-lg border border-zinc-200 px-4 py-3 text-zinc-700 dark:border-zinc-800 dark:text-zinc-300">
        Save the files and reload: the site comes back on its own, no restart needed.{' '}
        <code className="font-mono text-sm">npm run content:check</code> prints the same list in the terminal.
      </p>
    </div>
  );
}
