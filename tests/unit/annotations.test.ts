import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, problemAnnotation, workflowCommand } from '@/lib/content/annotations';

describe('workflow command escaping (as @actions/core does it)', () => {
  it('escapes %, CR and LF in the message, and nothing else', () => {
    expect(escapeData('100% sure\r\nnext line: a, b')).toBe('100%25 sure%0D%0Anext line: a, b');
  });

  it('escapes % first, so an existing %0A is not mistaken for a newline', () => {
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeProperty('%2C')).toBe('%252C');
  });

  it('also escapes : and , in property values, which would otherwise end the property', () => {
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });
});

describe('workflowCommand', () => {
  it('joins properties with commas and separates the message with ::', () => {
    expect(workflowCommand('warning', { file: 'a.md', line: 3 }, 'careful')).toBe('::warning file=a.md,line=3::careful');
  });

  it('omits the space when there are no properties', () => {
    expect(workflowCommand('error', {}, 'plain')).toBe('::error::plain');
  });
});

describe('problemAnnotation', () => {
  it('formats an error on its file and line, titled Content check', () => {
    expect(problemAnnotation({ file: 'content/articles/x.md', line: 3, message: "unknown category 'dev-tool', did you mean 'dev-tools'?", severity: 'error' })).toBe(
      "::error file=content/articles/x.md,line=3,title=Content check::unknown category 'dev-tool', did you mean 'dev-tools'?",
    );
  });

  it('formats a warning and escapes what it must in the file, title and message', () => {
    const annotation = problemAnnotation(
      { file: 'content/articles/a,b:c.md', line: 7, message: 'description is 245 characters; 100%\nsecond line', severity: 'warning' },
      'Check: content',
    );
    expect(annotation).toBe('::warning file=content/articles/a%2Cb%3Ac.md,line=7,title=Check%3A content::description is 245 characters; 100%25%0Asecond line');
    expect(annotation.split('\n')).toHaveLength(1);
  });

  it('uses forward slashes in the file path', () => {
    expect(problemAnnotation({ file: 'content\\articles\\x.md', line: 1, message: 'm', severity: 'error' })).toContain('file=content/articles/x.md,');
  });
});
