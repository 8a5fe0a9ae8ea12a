import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ContentProblems } from '@/components/content-problems';
import { formatProblem, type Problem } from '@/lib/content/problems';
import { parseHtml, type HTMLElement } from './helpers/html';

const ERRORS: Problem[] = [
  { file: 'content/articles/a.md', line: 5, message: "unknown category 'toolng', did you mean 'tooling'?", severity: 'error' },
  { file: 'content/articles/b.md', line: 2, message: 'the value of title contains a colon: put the whole value in quotes, e.g. title: "A: b"', severity: 'error' },
];
const WARNING: Problem = { file: 'content/articles/a.md', line: 3, message: 'description is 228 characters; search engines show about 160–200, so the end will be cut off', severity: 'warning' };

const render = (problems: readonly Problem[]) => parseHtml(renderToStaticMarkup(createElement(ContentProblems, { problems })));
const text = (node: HTMLElement) => node.text.replace(/\s+/g, ' ').trim();

describe('ContentProblems, the editors’ page of `next dev`', () => {
  it('says how many problems in its only h1, and lists each as file:line: message, errors before warnings', () => {
    const page = render([...ERRORS, WARNING]);
    expect(page.querySelectorAll('h1').map(text)).toEqual(['The content has 3 problems']);
    const lists = page.querySelectorAll('ul');
    expect(lists.map((list) => text(page.querySelector(`#${list.getAttribute('aria-labelledby')}`)!))).toEqual(['2 errors', '1 warning']);
    expect(lists.map((list) => list.querySelectorAll('li').map(text))).toEqual([ERRORS.map(formatProblem), [formatProblem(WARNING)]]);
    expect(text(page)).toContain('the site comes back on its own');
  });

  it('has no warnings section without warnings, and says "1 problem" for one', () => {
    const page = render([ERRORS[0]!]);
    expect(text(page.querySelector('h1')!)).toBe('The content has 1 problem');
    expect(page.querySelectorAll('h2').map(text)).toEqual(['1 error']);
  });

  it('is in English whatever the document’s language (the messages are)', () => {
    expect(render(ERRORS).querySelector('[data-testid="content-problems"]')?.getAttribute('lang')).toBe('en');
  });
});
