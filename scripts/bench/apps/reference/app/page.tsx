import Image from 'next/image';
import Link from 'next/link';
import { getAllPosts } from '../lib/posts';

export default function Home() {
  return (
    <>
      <h1 className="my-12 text-6xl font-bold tracking-tight">Blog.</h1>
      <div className="grid gap-x-16 md:grid-cols-2">
        {getAllPosts().map((post, index) => (
          <article key={post.slug} className={index === 0 ? 'mb-16 md:col-span-2' : 'mb-8'}>
            {post.coverImage && <Image src={post.coverImage} alt="" width={index ? 640 : 1300} height={index ? 320 : 630} className="mb-4 w-full" preload={index === 0} />}
            <h3 className={index === 0 ? 'text-4xl font-bold' : 'text-2xl font-semibold'}>
              <Link href={`/posts/${post.slug}`}>{post.title}</Link>
            </h3>
            <time className="text-sm text-slate-500">{post.date.toDateString()}</time>
            <p className="mt-2 text-lg leading-relaxed">{post.excerpt}</p>
          </article>
        ))}
      </div>
    </>
  );
}
