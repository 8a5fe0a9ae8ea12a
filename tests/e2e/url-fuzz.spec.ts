import net from 'node:net';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ADA, FIELD_NOTES, LONG_ARTICLE, TITLE_WORD, serverWorkspace } from '../support/site';

/**
 * Hostile paths and queries. Whatever a client sends, the site answers with a page or a 404:
 * never a 5xx, never a stack trace, never the input reflected as live markup, never a header
 * injected through CR/LF.
 *
 * Playwright's request context resolves every URL with the WHATWG URL parser, which rewrites
 * some inputs before they leave the client: it resolves `..` and `%2e%2e` segments, turns `\`
 * into `/`, percent-encodes `<`, `>`, `"` and spaces, and reads `//host` as another host.
 * Cases the parser would change are therefore also sent byte for byte over a bare socket, which
 * puts the path on the request line exactly as written, spaces, raw UTF-8 and all.
 */

const LONG = 5_000;
const SECTION = FIELD_NOTES.slug;
const WORD = TITLE_WORD.query;
const a = (n: number) => 'a'.repeat(n);

interface Case {
  name: string;
  path: string;
  method?: 'GET' | 'HEAD' | 'POST' | 'OPTIONS' | 'PUT' | 'DELETE' | 'PATCH' | 'TRACE' | 'PROPFIND';
  body?: string;
  headers?: Record<string, string>;
}

const IMAGE = `/images/articles/${LONG_ARTICLE.slug}.webp`;

const CASES: Case[] = [
  // Path traversal.
  { name: 'dot-dot to /etc/passwd', path: '/../../etc/passwd' },
  { name: 'dot-dot inside a route', path: '/news/../../../../etc/passwd' },
  { name: 'encoded slash traversal', path: '/news/..%2f..%2fetc%2fpasswd' },
  { name: 'encoded dots', path: '/%2e%2e/%2e%2e/' },
  { name: 'encoded dots to passwd', path: '/%2e%2e/%2e%2e/etc/passwd' },
  { name: 'double-encoded traversal', path: '/news/%252e%252e%252fetc%252fpasswd' },
  { name: 'backslash traversal', path: '/news/..\\..\\etc\\passwd' },
  { name: 'encoded backslash traversal', path: '/news/..%5c..%5cetc%5cpasswd' },
  { name: 'traversal into the build folder', path: '/_next/static/../../package.json' },
  { name: 'traversal in the image folder', path: '/images/..%2f..%2fpackage.json' },
  { name: 'dotfile', path: '/.env' },
  { name: 'git metadata', path: '/.git/config' },
  // Bad percent-encoding.
  { name: 'truncated UTF-8 escape', path: '/news/%E0%A4%A' },
  { name: 'lone percent', path: '/%' },
  { name: 'non-hex escape', path: '/%zz' },
  { name: 'overlong UTF-8 slash', path: '/category/%C0%AF' },
  { name: 'invalid UTF-8 byte', path: '/tags/%FF' },
  { name: 'lone surrogate escape', path: '/news/%ED%A0%80' },
  { name: 'percent at the end of a page number', path: '/news/page/2%' },
  { name: 'bad escape in the query', path: '/search?q=%E0%A4%A' },
  { name: 'lone percent in the query', path: '/search?q=%' },
  // NUL and other control characters.
  { name: 'NUL in a slug', path: '/news/a%00b' },
  { name: 'NUL in the query', path: '/?q=%00' },
  { name: 'NUL in the search query', path: '/search?q=a%00b' },
  { name: 'NUL in a category', path: `/category/${SECTION}%00` },
  { name: 'escape and bell', path: '/tags/%1b%07' },
  // 5,000-character segments and queries.
  { name: '5,000-char article slug', path: `/news/${a(LONG)}` },
  { name: '5,000-char category', path: `/category/${a(LONG)}` },
  { name: '5,000-char tag', path: `/tags/${a(LONG)}` },
  { name: '5,000-char author', path: `/authors/${a(LONG)}` },
  { name: '5,000-char page number', path: `/news/page/${'9'.repeat(LONG)}` },
  { name: '5,000-char search query', path: `/search?q=${a(LONG)}` },
  { name: '5,000-char encoded search query', path: `/search?q=${'%C3%A9'.repeat(LONG / 6)}` },
  { name: '5,000-char home page param', path: `/?page=${a(LONG)}` },
  { name: '5,000-char search page param', path: `/search?q=${WORD}&page=${'9'.repeat(LONG)}` },
  { name: 'many short segments', path: `/news${'/a'.repeat(LONG / 2)}` },
  // Odd page numbers.
  { name: 'page 0', path: '/news/page/0' },
  { name: 'page -1', path: '/news/page/-1' },
  { name: 'page 1e3', path: '/news/page/1e3' },
  { name: 'page 0x10', path: '/news/page/0x10' },
  { name: 'page beyond the safe integers', path: '/news/page/9999999999999' },
  { name: 'page %31', path: '/news/page/%31' },
  { name: 'page NaN', path: '/news/page/NaN' },
  { name: 'page Infinity', path: `/category/${SECTION}/page/Infinity` },
  { name: 'page with a space', path: '/news/page/%202' },
  { name: 'search page -1', path: `/search?q=${WORD}&page=-1` },
  { name: 'search page 1e309', path: `/search?q=${WORD}&page=1e309` },
  { name: 'category page 0', path: `/category/${SECTION}/page/0` },
  // Unicode and emoji.
  { name: 'emoji slug', path: '/news/%F0%9F%92%A5' },
  { name: 'raw-unicode slug', path: '/news/thành-phố' },
  { name: 'emoji tag', path: '/tags/%F0%9F%A6%84%F0%9F%A6%84' },
  { name: 'right-to-left override', path: '/category/%E2%80%AEslot' },
  { name: 'zero-width joiner', path: `/authors/${ADA.slug.replace('-', '%E2%80%8D')}` },
  { name: 'emoji search', path: '/search?q=%F0%9F%92%A5%F0%9F%92%A5' },
  { name: 'full-width solidus', path: '/news/%EF%BC%8E%EF%BC%8E%EF%BC%8Fetc' },
  // Double slashes.
  { name: 'leading double slash', path: '//news' },
  { name: 'double slash inside', path: '/news//page/2' },
  { name: 'trailing double slash', path: `/category/${SECTION}//` },
  { name: 'protocol-relative lookalike', path: '///evil.example/news' },
  { name: 'backslash open redirect', path: '/\\evil.example/news' },
  { name: 'encoded backslash open redirect', path: '/%5cevil.example/news' },
  { name: 'encoded double slash open redirect', path: '/%2f%2fevil.example/news' },
  { name: 'trailing slash redirect to another host', path: '//evil.example/' },
  // Repeated and odd parameters.
  { name: 'repeated q', path: '/search?q=a&q=b' },
  { name: 'array-style q', path: '/search?q[]=a&q[]=b' },
  { name: 'object-style q', path: '/search?q[__proto__][x]=1' },
  { name: 'prototype pollution', path: '/?__proto__[polluted]=1&constructor[prototype][x]=1' },
  { name: 'empty q', path: '/search?q=' },
  { name: 'q without value', path: '/search?q' },
  { name: 'many parameters', path: `/search?${Array.from({ length: 500 }, (_, i) => `p${i}=${i}`).join('&')}` },
  // HTML and script in paths and queries.
  { name: 'script in a slug', path: '/news/<script>alert(1)</script>' },
  { name: 'encoded script in a slug', path: '/news/%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  { name: 'img onerror in search', path: '/search?q=<img src=x onerror=alert(1)>' },
  { name: 'encoded img onerror in search', path: '/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' },
  { name: 'attribute breakout in search', path: '/search?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  { name: 'script closing tag in search', path: '/search?q=%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  { name: 'svg onload in a tag', path: '/tags/%3Csvg%20onload%3Dalert(1)%3E' },
  { name: 'javascript URL as a page', path: '/news/javascript:alert(1)' },
  { name: 'template injection', path: '/search?q=%7B%7B7*7%7D%7D%24%7B7*7%7D' },
  // CR/LF injection.
  { name: 'CRLF Set-Cookie in a slug', path: '/news/x%0d%0aSet-Cookie:%20a=b' },
  { name: 'CRLF Set-Cookie in the query', path: '/search?q=x%0d%0aSet-Cookie:%20a=b' },
  { name: 'LF-only header injection', path: '/category/x%0aX-Injected:%201' },
  { name: 'CRLF into a redirect', path: '/news/page/1%0d%0aLocation:%20https://evil.example' },
  // Feeds and files with junk.
  { name: 'feed dot-dot', path: '/feed.xml/../x' },
  { name: 'category feed with bad byte', path: `/category/${SECTION}/feed.xml?x=%ff` },
  { name: 'unknown category feed', path: '/category/%00/feed.xml' },
  { name: 'feed with a trailing segment', path: '/feed.xml/x' },
  { name: 'sitemap with junk', path: '/sitemap.xml?%zz=%zz' },
  { name: 'sitemap traversal', path: '/sitemaps/..%2f..%2fpackage.json' },
  { name: 'unknown static asset', path: '/_next/static/chunks/%00.js' },
  { name: 'image optimiser with a hostile url', path: '/_next/image?url=%2F..%2F..%2Fetc%2Fpasswd&w=640&q=75' },
  { name: 'image optimiser with a remote url', path: '/_next/image?url=http%3A%2F%2F169.254.169.254%2F&w=640&q=75' },
  // Methods other than GET.
  { name: 'HEAD on the archive', path: '/news', method: 'HEAD' },
  { name: 'POST on the archive', path: '/news', method: 'POST', body: 'a=b' },
  { name: 'OPTIONS on the archive', path: '/news', method: 'OPTIONS' },
  { name: 'PUT on an article', path: LONG_ARTICLE.path, method: 'PUT', body: '{}' },
  { name: 'DELETE on the home page', path: '/', method: 'DELETE' },
  { name: 'PATCH on search', path: '/search?q=x', method: 'PATCH', body: 'x' },
  { name: 'POST on search', path: '/search?q=x', method: 'POST', body: 'q=<script>alert(1)</script>' },
  { name: 'POST with a server-action header', path: '/', method: 'POST', body: '[]' },
  { name: 'POST on a feed', path: '/feed.xml', method: 'POST', body: '' },
  // Methods the framework cannot represent as a Request (TRACE), or no server takes.
  { name: 'TRACE on the home page', path: '/', method: 'TRACE' },
  { name: 'TRACE on an article', path: LONG_ARTICLE.path, method: 'TRACE' },
  { name: 'TRACE on a section feed', path: `/category/${SECTION}/feed.xml`, method: 'TRACE' },
  { name: 'TRACE on a share card', path: `/news/${LONG_ARTICLE.slug}/opengraph-image`, method: 'TRACE' },
  { name: 'TRACE on an image', path: IMAGE, method: 'TRACE' },
  { name: 'TRACE on a malformed path', path: '/news/%E0%A4%A', method: 'TRACE' },
  { name: 'PROPFIND on an article', path: LONG_ARTICLE.path, method: 'PROPFIND' },
  { name: 'PROPFIND on an image', path: IMAGE, method: 'PROPFIND' },
  { name: 'OPTIONS on a section share card', path: `/category/${SECTION}/opengraph-image`, method: 'OPTIONS' },
  // Hostile headers.
  { name: 'unparsable Range on an image', path: IMAGE, headers: { Range: 'bytes=abc' } },
  { name: 'backwards Range on an image', path: IMAGE, headers: { Range: 'bytes=5-1' } },
  { name: 'Range past the end of an image', path: IMAGE, headers: { Range: 'bytes=100000000-' } },
  { name: 'garbage router state on search', path: `/search?q=${WORD}`, headers: { RSC: '1', 'Next-Router-State-Tree': 'garbage' } },
  { name: 'garbage router state on an article', path: LONG_ARTICLE.path, headers: { RSC: '1', 'Next-Router-State-Tree': '%7B' } },
];

/** Inputs that would be live markup if a page reflected them verbatim. */
const DANGEROUS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '"><script>'];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Signs of a leaked stack trace or server internals. */
const LEAKS: RegExp[] = [
  /\bat Object\.</,
  /node:internal/,
  // Where the server runs (its own copy of the app) and where the project lives.
  new RegExp(escapeRegExp(serverWorkspace('site'))),
  new RegExp(escapeRegExp(path.resolve(__dirname, '..', '..'))),
  /\bError:[^\n]*\n\s+at\s/,
  /\n\s+at [\w$.<>]+ \([^)]*:\d+:\d+\)/,
  /webpack-internal:/,
  /ENOENT|EACCES/,
  /root:x:0:0/,
];

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Whether the WHATWG parser (and so Playwright) would send something other than `path`. */
function rewrittenByClient(path: string, base: URL): { rewritten: boolean; otherHost: boolean } {
  const resolved = new URL(path, base);
  return { rewritten: resolved.pathname + resolved.search !== path, otherHost: resolved.origin !== base.origin };
}

async function viaPlaywright(request: APIRequestContext, testCase: Case): Promise<Answer> {
  const response = await request.fetch(testCase.path, {
    method: testCase.method ?? 'GET',
    data: testCase.body,
    headers: testCase.headers,
    maxRedirects: 0,
    failOnStatusCode: false,
    timeout: 20_000,
  });
  const headers: Answer['headers'] = {};
  for (const { name, value } of response.headersArray()) {
    const key = name.toLowerCase();
    const previous = headers[key];
    headers[key] = previous === undefined ? value : [previous, value].flat();
  }
  return { status: response.status(), headers, body: testCase.method === 'HEAD' ? '' : await response.text() };
}

/**
 * Sends `path` verbatim on the request line over a bare socket (node:http refuses spaces and
 * non-Latin-1 characters in a path), then reads the whole answer.
 */
function viaRawHttp(base: URL, testCase: Case): Promise<Answer> {
  const body = Buffer.from(testCase.body ?? '', 'utf8');
  const head = [
    `${testCase.method ?? 'GET'} ${testCase.path} HTTP/1.1`,
    `Host: ${base.host}`,
    'Connection: close',
    ...Object.entries(testCase.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    ...(body.length > 0 ? [`Content-Length: ${body.length}`] : []),
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect({ host: base.hostname, port: Number(base.port) }, () => socket.end(Buffer.concat([Buffer.from(head, 'utf8'), body])));
    socket.setTimeout(20_000, () => socket.destroy(new Error(`timed out: ${testCase.path.slice(0, 80)}`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      try {
        resolve(parseResponse(Buffer.concat(chunks), testCase.method === 'HEAD'));
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** A minimal HTTP/1.1 response reader: status line, headers, plain or chunked body. */
function parseResponse(raw: Buffer, headOnly: boolean): Answer {
  const split = raw.indexOf('\r\n\r\n');
  if (split === -1) throw new Error(`no complete response: ${JSON.stringify(raw.toString('latin1').slice(0, 200))}`);
  const [statusLine = '', ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Answer['headers'] = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const previous = headers[name];
    headers[name] = previous === undefined ? value : [previous, value].flat();
  }
  let rest = raw.subarray(split + 4);
  if (headOnly) return { status, headers, body: '' };
  if (String(headers['transfer-encoding'] ?? '').includes('chunked')) {
    const parts: Buffer[] = [];
    for (;;) {
      const end = rest.indexOf('\r\n');
      const size = parseInt(rest.subarray(0, end).toString('latin1'), 16);
      if (!size) break;
      parts.push(rest.subarray(end + 2, end + 2 + size));
      rest = rest.subarray(end + 2 + size + 2);
    }
    rest = Buffer.concat(parts);
  }
  return { status, headers, body: rest.toString('utf8') };
}

function expectSafe(answer: Answer, testCase: Case, via: string, base: URL) {
  const label = `${testCase.method ?? 'GET'} ${testCase.path.slice(0, 120)} (${via})`;
  expect(answer.status, `${label}: status`).toBeGreaterThan(0);
  expect(answer.status, `${label}: no 5xx`).toBeLessThan(500);

  for (const leak of LEAKS) expect(answer.body, `${label}: leaks ${leak}`).not.toMatch(leak);

  const input = safeDecode(testCase.path) + (testCase.body ?? '');
  const body = answer.body.toLowerCase();
  for (const payload of DANGEROUS) {
    if (input.toLowerCase().includes(payload.toLowerCase())) {
      expect(body.includes(payload.toLowerCase()), `${label}: reflects ${payload} unescaped`).toBe(false);
    }
  }

  // The site sets no cookies at all, so any Set-Cookie here was smuggled in.
  expect(answer.headers['set-cookie'], `${label}: Set-Cookie`).toBeUndefined();
  for (const name of ['x-injected', 'a']) expect(answer.headers[name], `${label}: injected header ${name}`).toBeUndefined();
  const location = answer.headers.location;
  if (location !== undefined) {
    const target = new URL(String(location), base);
    expect(target.origin, `${label}: redirects off-site to ${String(location)}`).toBe(base.origin);
  }
}

test('the corpus has at least 50 cases', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(50);
  expect(new Set(CASES.map((testCase) => testCase.name)).size).toBe(CASES.length);
});

test.describe('URL fuzzing', () => {
  test.describe.configure({ mode: 'parallel' });

  for (const testCase of CASES) {
    test(`${testCase.method ?? 'GET'} ${testCase.name}`, async ({ request, baseURL }) => {
      const base = new URL(baseURL ?? 'http://127.0.0.1:3100');
      const { rewritten, otherHost } = rewrittenByClient(testCase.path, base);
      // `//news` would leave for host "news": only the raw request means what it says.
      if (!otherHost) expectSafe(await viaPlaywright(request, testCase), testCase, 'playwright', base);
      if (rewritten || otherHost) expectSafe(await viaRawHttp(base, testCase), testCase, 'raw request line', base);
    });
  }
});

test('the fallback for malformed paths is the designed 404 page', async ({ request }) => {
  // The 404 page itself is the fallback for most cases above; check it renders, designed.
  const response = await request.get('/news/%E0%A4%A');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Page not found');
});
