import type { Metadata } from 'next';
import Image from 'next/image';
import { getAllPosts, getPostBySlug, markdownToHtml } from '../../../lib/posts';

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostBySlug((await params).slug);
  return { title: post.title, description: post.excerpt, openGraph: { title: post.title, images: post.coverImage ? [post.coverImage] : [] } };
}

export default async function PostPage({ params }: Props) {
  const post = getPostBySlug((await params).slug);
  const content = await markdownToHtml(post.content);
  return (
    <article className="mb-32">
      <h1 className="my-12 text-5xl font-bold leading-tight">{post.title}</h1>
      {post.coverImage && <Image src={post.coverImage} alt="" width={1300} height={630} className="mb-8 w-full" preload />}
      <time dateTime={post.date.toISOString()} className="mb-6 block text-lg">
        {post.date.toDateString()}
      </time>
      <div className="prose mx-auto max-w-2xl" dangerouslySetInnerHTML={{ __html: content }} />
    </article>
  );
}
