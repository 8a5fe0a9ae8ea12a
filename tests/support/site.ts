/**
 * Where the browser tests' servers keep their copy of the app and the fixture site, and the
 * fixture's facts the tests rely on (tests/fixtures/site/README.md has them all). Browser tests
 * take titles, slugs and counts from here, never from the editorial content/.
 */
import { SERVERS } from '../../playwright.config';
import { namedWorkspaceDir } from '../../scripts/lib/workspace-dir';

/** The workspace folder of one of the browser tests' servers. */
export function serverWorkspace(name: keyof typeof SERVERS): string {
  return namedWorkspaceDir(SERVERS[name]);
}

export interface FixtureArticle {
  slug: string;
  title: string;
  category: string;
}

/** Every published article of the fixture, newest first: the order of /news and the feeds. */
export const PUBLISHED: readonly FixtureArticle[] = [
  { slug: 'the-winter-release-calendar', title: 'Almanac: the winter release calendar', category: 'almanac' },
  { slug: 'changelogs-written-by-hand', title: 'Changelogs written by hand', category: 'tooling' },
  { slug: 'a-shared-glossary-for-every-project', title: 'Every project gets a shared glossary', category: 'field-notes' },
  { slug: 'a-date-field-people-can-type-into', title: 'A date field people can type into', category: 'interfaces' },
  { slug: 'pairing-across-five-time-zones', title: 'Pairing across five time zones', category: 'field-notes' },
  { slug: 'a-lint-rule-we-wrote-then-deleted', title: 'A lint rule we wrote, then deleted', category: 'tooling' },
  { slug: 'how-we-archive-finished-projects', title: 'How we archive a finished project', category: 'field-notes' },
  { slug: 'reproducible-screenshots-in-ci', title: 'Reproducible screenshots in continuous integration', category: 'tooling' },
  { slug: 'timeboxing-research-spikes', title: 'Timeboxing research spikes', category: 'field-notes' },
  { slug: 'quotes-and-apostrophes-in-interface-copy', title: 'Quotes & apostrophes: getting the "curly" ones right in interface copy', category: 'interfaces' },
  { slug: 'property-based-tests-for-date-parsing', title: 'Property-based tests for date parsing', category: 'tooling' },
  { slug: 'migrating-the-wiki-to-plain-text', title: 'Moving the team wiki into plain text files', category: 'field-notes' },
  { slug: 'mot-tep-editorconfig-cho-ca-nhom', title: 'Một tệp .editorconfig cho cả nhóm', category: 'tooling' },
  { slug: 'reading-code-aloud-in-review', title: 'Reading code aloud in review', category: 'field-notes' },
  { slug: 'focus-rings-worth-keeping', title: 'Focus rings are worth keeping', category: 'interfaces' },
  { slug: 'three-columns-on-the-issue-board', title: 'Why our issue board has only three columns', category: 'field-notes' },
  { slug: 'snapshot-tests-that-stay-readable', title: 'Snapshot tests that stay readable', category: 'tooling' },
  { slug: 'keeping-a-build-journal', title: 'Keeping a build journal: a month of notes on where the time went', category: 'field-notes' },
  { slug: 'measure-line-length-in-characters', title: 'Measure line length in characters, not pixels', category: 'interfaces' },
  { slug: 'choosing-a-task-runner', title: 'Choosing a task runner: make, just or npm scripts', category: 'tooling' },
  { slug: 'a-week-without-recurring-meetings', title: 'A week without recurring meetings', category: 'field-notes' },
  { slug: 'a-field-guide-to-flaky-tests', title: 'A field guide to flaky tests', category: 'field-notes' },
  { slug: 'tabular-figures-for-dashboards', title: 'Tabular figures make dashboards easier to scan', category: 'interfaces' },
  { slug: 'the-end-of-day-handoff-note', title: 'The end-of-day handoff note', category: 'field-notes' },
  { slug: 'one-editorconfig-for-the-whole-team', title: 'One .editorconfig for the whole team', category: 'tooling' },
];

function published(slug: string): FixtureArticle {
  const article = PUBLISHED.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`${slug} is not a published fixture article`);
  return article;
}

/** Cards on /news, /news/page/2 and /news/page/3 (9 per page); /news/page/4 does not exist. */
export const NEWS_PAGE_SIZES = [9, 9, 7] as const;

export interface FixtureSection {
  slug: string;
  name: string;
  /** Published articles. */
  count: number;
}

/** The largest section: 11 articles, two listing pages (9 + 2), and a feed of 11 items. */
export const FIELD_NOTES: FixtureSection = { slug: 'field-notes', name: 'Field Notes', count: 11 };
/** Eight articles: one listing page, so /category/tooling/page/2 does not exist. */
export const TOOLING: FixtureSection = { slug: 'tooling', name: 'Tooling', count: 8 };

/** Five articles: fewer than the listing's ad interval (6), so no ad row. */
export const INTERFACES: FixtureSection = { slug: 'interfaces', name: 'Interfaces', count: 5 };

/** Sections with published articles, in display order: the navigation and /categories. */
export const SECTIONS: readonly FixtureSection[] = [
  FIELD_NOTES,
  TOOLING,
  INTERFACES,
  { slug: 'almanac', name: 'Almanac', count: 1 },
];

/** Authors with published articles, in declared order. */
export const AUTHORS = [
  { slug: 'ada-quill', name: 'Ada Quill', count: 10 },
  { slug: 'bao-tran', name: 'Bảo Trần', count: 9 },
  { slug: 'cyrus-vale', name: 'Cyrus Vale', count: 3 },
] as const;
/** Ten articles (two listing pages, 9 + 1), a bio and an avatar. */
export const ADA = { ...AUTHORS[0], bio: 'Ada writes about how small teams plan, test and ship their work.' } as const;

/** Tag slugs of the published articles, by slug; only `workflow` (10) has a second page. */
export const TAG_SLUGS: readonly string[] = [
  'accessibility', 'archiving', 'build', 'calendar', 'ci', 'collaboration', 'copywriting', 'css', 'data-display',
  'dinh-dang', 'documentation', 'editorconfig', 'formatting', 'forms', 'input', 'linting', 'markdown', 'notebooks', 'planning',
  'reading', 'releases', 'reliability', 'remote', 'review', 'scripts', 'testing', 'typescript', 'typography',
  'workflow', 'writing',
];
export const WORKFLOW_TAG = { slug: 'workflow', count: 10 } as const;

/**
 * Listings that hold no published article, so do not exist: a section with only the
 * scheduled piece, an author and a tag with only the draft, a tag with only the scheduled piece.
 */
export const EMPTY_LISTINGS = {
  category: { slug: 'dormant', name: 'Dormant' },
  author: { slug: 'dana-holt', name: 'Dana Holt' },
  draftTag: 'unreleased',
  scheduledTag: 'someday',
} as const;

export const DRAFT = { slug: 'unreleased-navigation-sketches', title: 'Navigation sketches we have not shipped yet', category: 'interfaces' } as const;
export const SCHEDULED = {
  slug: 'notes-for-a-distant-almanac',
  title: 'Notes for a distant almanac',
  category: 'dormant',
  /** As the preview banner writes it, in the site's time zone. */
  moment: '1 June 2099 at 09:00',
} as const;

/** The newest featured article: the home page's lead story. */
export const LEAD = published('a-date-field-people-can-type-into');
/** The newest published article; it has no hero image (a generated cover). */
export const NEWEST = PUBLISHED[0]!;

/**
 * The long article (986 words): field-notes, by Ada Quill, hero 1600×900, two in-body ad
 * slots and the end one, six `##` headings (a table of contents), highlighted TypeScript and
 * bash, a table, a footnote and a lazy body image.
 */
export const LONG_ARTICLE = {
  ...published('keeping-a-build-journal'),
  path: '/news/keeping-a-build-journal',
  date: '1 April 2025',
  author: { slug: 'ada-quill', name: 'Ada Quill' },
  section: 'Field Notes',
  /** The description: lede, meta description and card excerpt. */
  description: 'For thirty working days we wrote down every time a build, test run or deploy made us wait. The journal changed what we fixed first.',
  readingMinutes: 5,
  heading: { id: 'why-a-journal-and-not-metrics', text: 'Why a journal and not metrics' },
  bodyImage: { src: '/images/body/diagram.png', width: '800', height: '450' },
} as const;

/** `ads: false`: no ad slot at all. */
export const ADS_OFF = published('choosing-a-task-runner');
/** Source with a URL, and one without. */
export const SOURCE_LINKED = { ...published('migrating-the-wiki-to-plain-text'), source: 'Example Wire', url: 'https://example.org/wire/story' } as const;
export const SOURCE_UNLINKED = { ...published('three-columns-on-the-issue-board'), source: 'Studio Radio' } as const;
/** No image and no author: a generated cover and share card. */
export const WITHOUT_IMAGE = published('a-week-without-recurring-meetings');
/** An ampersand and double quotes in the title. */
export const AMPERSAND_TITLE = published('quotes-and-apostrophes-in-interface-copy');
/** Dated with an ISO date-time and offset (2025-05-27T08:15:00+07:00). */
export const DATE_TIME = { ...published('reading-code-aloud-in-review'), day: '2025-05-27', date: '27 May 2025' } as const;
/** The only article with a PNG hero (1200×675). */
export const PNG_HERO = { ...published('focus-rings-worth-keeping'), width: '1200', height: '675' } as const;
/** Written in Vietnamese (`lang: vi`); "thut le" (typed without diacritics) finds "thụt lề" in it. */
export const VIETNAMESE = { ...published('mot-tep-editorconfig-cho-ca-nhom'), date: '10 tháng 6, 2025' } as const;
/**
 * The English original of VIETNAMESE (`translationOf` on the Vietnamese one points here): the
 * oldest published article, three `##` headings (a table of contents) and an `ini` code block.
 */
export const ENGLISH_ORIGINAL = {
  ...published('one-editorconfig-for-the-whole-team'),
  headings: ['A settings file at the project root', 'What we settled on', 'What changed'],
} as const;
/** A word in exactly one title. */
export const TITLE_WORD = { query: 'glossary', article: published('a-shared-glossary-for-every-project') } as const;
