export type Severity = 'error' | 'warning';

/** One thing wrong with the content, located at a file and line. */
export interface Problem {
  /** Path relative to the working directory, e.g. content/articles/x.md. */
  file: string;
  line: number;
  message: string;
  severity: Severity;
}

export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}: ${prefix}${problem.message}`;
}

export function byLocation(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message);
}

/** Thrown when the content has errors: the build must not publish any of it. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `The content has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was published:\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** "2 errors, 1 warning". */
export function problemSummary(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return `${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}`;
}
