/**
 * The fixture publication in tests/fixtures/site, and the facts its README.md lists, written
 * out here by hand: tests compare the code's answers with these, never with the code's own.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileContent } from '@/lib/content/loader';
import type { ArticleBody, CompiledContent } from '@/lib/content/model';
import { editionAt, type Edition } from '@/lib/edition';
import { publicationOf, type Publication } from '@/lib/publication';

export const SITE_FIXTURE = 'tests/fixtures/site';
export const SITE_OPTIONS = { contentDir: `${SITE_FIXTURE}/content`, publicDir: `${SITE_FIXTURE}/public` };

/** A moment after every published article and long before the scheduled one. */
export const SITE_NOW = new Date('2026-06-01T00:00:00+07:00');

export const DRAFT = 'unreleased-navigation-sketches';
export const SCHEDULED = 'notes-for-a-distant-almanac';
/** The scheduled article's moment, as its frontmatter writes it. */
export const SCHEDULED_MOMENT = new Date('2099-06-01T09:00:00+07:00');
/** The newest published article's moment: 2025-11-28, midnight in Ho Chi Minh City. */
export const NEWEST_MOMENT = new Date('2025-11-28T00:00:00+07:00');

/** The 25 published articles, newest first (9 a page: pages 1-9, 10-18, 19-25). */
export const PUBLISHED = [
  'the-winter-release-calendar',
  'changelogs-written-by-hand',
  'a-shared-glossary-for-every-project',
  'a-date-field-people-can-type-into',
  'pairing-across-five-time-zones',
  'a-lint-rule-we-wrote-then-deleted',
  'how-we-archive-finished-projects',
  'reproducible-screenshots-in-ci',
  'timeboxing-research-spikes',
  'quotes-and-apostrophes-in-interface-copy',
  'property-based-tests-for-date-parsing',
  'migrating-the-wiki-to-plain-text',
  'mot-tep-editorconfig-cho-ca-nhom',
  'reading-code-aloud-in-review',
  'focus-rings-worth-keeping',
  'three-columns-on-the-issue-board',
  'snapshot-tests-that-stay-readable',
  'keeping-a-build-journal',
  'measure-line-length-in-characters',
  'choosing-a-task-runner',
  'a-week-without-recurring-meetings',
  'a-field-guide-to-flaky-tests',
  'tabular-figures-for-dashboards',
  'the-end-of-day-handoff-note',
  'one-editorconfig-for-the-whole-team',
];

/** Published articles per listing, newest first. */
export const FIELD_NOTES = [
  'a-shared-glossary-for-every-project',
  'pairing-across-five-time-zones',
  'how-we-archive-finished-projects',
  'timeboxing-research-spikes',
  'migrating-the-wiki-to-plain-text',
  'reading-code-aloud-in-review',
  'three-columns-on-the-issue-board',
  'keeping-a-build-journal',
  'a-week-without-recurring-meetings',
  'a-field-guide-to-flaky-tests',
  'the-end-of-day-handoff-note',
];
export const TOOLING = [
  'changelogs-written-by-hand',
  'a-lint-rule-we-wrote-then-deleted',
  'reproducible-screenshots-in-ci',
  'property-based-tests-for-date-parsing',
  'mot-tep-editorconfig-cho-ca-nhom',
  'snapshot-tests-that-stay-readable',
  'choosing-a-task-runner',
  'one-editorconfig-for-the-whole-team',
];
export const INTERFACES = [
  'a-date-field-people-can-type-into',
  'quotes-and-apostrophes-in-interface-copy',
  'focus-rings-worth-keeping',
  'measure-line-length-in-characters',
  'tabular-figures-for-dashboards',
];
export const ADA_QUILL = [
  'a-shared-glossary-for-every-project',
  'a-date-field-people-can-type-into',
  'a-lint-rule-we-wrote-then-deleted',
  'timeboxing-research-spikes',
  'property-based-tests-for-date-parsing',
  'reading-code-aloud-in-review',
  'keeping-a-build-journal',
  'measure-line-length-in-characters',
  'choosing-a-task-runner',
  'the-end-of-day-handoff-note',
];
export const BAO_TRAN = [
  'the-winter-release-calendar',
  'how-we-archive-finished-projects',
  'reproducible-screenshots-in-ci',
  'quotes-and-apostrophes-in-interface-copy',
  'mot-tep-editorconfig-cho-ca-nhom',
  'three-columns-on-the-issue-board',
  'snapshot-tests-that-stay-readable',
  'tabular-figures-for-dashboards',
  'one-editorconfig-for-the-whole-team',
];
export const CYRUS_VALE = ['pairing-across-five-time-zones', 'focus-rings-worth-keeping', 'a-field-guide-to-flaky-tests'];
export const WORKFLOW = [
  'changelogs-written-by-hand',
  'a-lint-rule-we-wrote-then-deleted',
  'reproducible-screenshots-in-ci',
  'timeboxing-research-spikes',
  'quotes-and-apostrophes-in-interface-copy',
  'reading-code-aloud-in-review',
  'three-columns-on-the-issue-board',
  'keeping-a-build-journal',
  'choosing-a-task-runner',
  'the-end-of-day-handoff-note',
];

/** The translation pair: the English original and its Vietnamese translation (`translationOf`). */
export const ENGLISH_ORIGINAL = 'one-editorconfig-for-the-whole-team';
export const VIETNAMESE_TRANSLATION = 'mot-tep-editorconfig-cho-ca-nhom';

/** Every category in display order; `dormant` holds only the scheduled article. */
export const CATEGORIES = ['field-notes', 'tooling', 'interfaces', 'almanac', 'dormant'];
export const AUTHORS = ['ada-quill', 'bao-tran', 'cyrus-vale', 'dana-holt'];
/** Tag slugs of the published articles, by slug; `unreleased` (the draft's) and `someday` (the scheduled one's) are not among them. */
export const PUBLISHED_TAGS = [
  'accessibility', 'archiving', 'build', 'calendar', 'ci', 'collaboration', 'copywriting', 'css', 'data-display', 'dinh-dang',
  'documentation', 'editorconfig', 'formatting', 'forms', 'input', 'linting', 'markdown', 'notebooks', 'planning', 'reading', 'releases',
  'reliability', 'remote', 'review', 'scripts', 'testing', 'typescript', 'typography', 'workflow', 'writing',
];

let compiled: CompiledContent | null = null;
let publication: Publication | null = null;

/** The fixture compiled once per test file: every article, the draft and the scheduled one included. */
export function siteContent(): CompiledContent {
  compiled ??= compileContent(SITE_OPTIONS, SITE_NOW);
  return compiled;
}

/** The fixture's publication as a production build sees it (no drafts). */
export function sitePublication(): Publication {
  publication ??= publicationOf(siteContent(), { preview: false, compiledAt: SITE_NOW });
  return publication;
}

export function siteEdition(now: Date = SITE_NOW): Edition {
  return editionAt(sitePublication(), now);
}

export function siteBody(slug: string): ArticleBody {
  const body = siteContent().bodies.get(slug);
  if (!body) throw new Error(`fixture article ${slug} has no body`);
  return body;
}

/** A throwaway copy of the fixture site (content/ and public/), for tests that edit it. */
export function copySite(): { root: string; contentDir: string; publicDir: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'site-'));
  cpSync(SITE_FIXTURE, root, { recursive: true });
  return {
    root,
    contentDir: path.join(root, 'content'),
    publicDir: path.join(root, 'public'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** One millisecond before `moment`. */
export function justBefore(moment: Date): Date {
  return new Date(moment.getTime() - 1);
}
