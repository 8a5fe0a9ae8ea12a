import type { Problem } from './problems';

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns
 * into annotations on the pull request's changed lines. Escaping follows @actions/core:
 * the message escapes % CR LF, property values also , and : (which separate properties).
 */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(command: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** `::error file=content/articles/x.md,line=3,title=Content check::unknown category 'x'` */
export function problemAnnotation(problem: Problem, title = 'Content check'): string {
  // The runner wants paths relative to the repository root, with forward slashes.
  const file = problem.file.split('\\').join('/');
  return workflowCommand(problem.severity, { file, line: problem.line, title }, problem.message);
}
