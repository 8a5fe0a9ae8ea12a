import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { remark } from 'remark';
import html from 'remark-html';

// The official blog-starter's data layer, rewritten: a folder of markdown posts, each file
// read and parsed again by every call (no memo), rendered with remark-html.
const POSTS = path.join(process.cwd(), '_posts');

export interface Post {
  slug: string;
  title: string;
  date: Date;
  excerpt: string;
  coverImage?: string;
  content: string;
}

export function getPostBySlug(slug: string): Post {
  const { data, content } = matter(readFileSync(path.join(POSTS, `${slug}.md`), 'utf8'));
  return { slug, title: String(data.title), date: new Date(data.date as string), excerpt: String(data.description), coverImage: data.image as string | undefined, content };
}

export function getAllPosts(): Post[] {
  const slugs = readdirSync(POSTS).map((file) => file.replace(/\.md$/, ''));
  return slugs.map(getPostBySlug).sort((a, b) => b.date.getTime() - a.date.getTime());
}

export async function markdownToHtml(markdown: string): Promise<string> {
  return String(await remark().use(html).process(markdown));
}
