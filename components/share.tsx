'use client';

import { useState, useSyncExternalStore } from 'react';

interface ShareProps {
  url: string;
  title: string;
}

const subscribeNever = () => () => {};

/**
 * Share links that work without JavaScript; once hydrated, the browser's own share sheet
 * (Web Share API) where it exists, and a copy-link button where the clipboard is available.
 */
export function Share({ url, title }: ShareProps) {
  const canShare = useSyncExternalStore(subscribeNever, () => typeof navigator.share === 'function', () => false);
  const canCopy = useSyncExternalStore(subscribeNever, () => Boolean(navigator.clipboard), () => false);
  const [copied, setCopied] = useState(false);

  const text = encodeURIComponent(title);
  const link = encodeURIComponent(url);
  const targets = [
    { label: 'X', href: `https://x.com/intent/post?text=${text}&url=${link}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${link}` },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${link}` },
    { label: 'Email', href: `mailto:?subject=${text}&body=${link}` },
  ];
  const buttonClass =
    'rounded-full border border-zinc-300 px-3 py-1 text-sm font-medium hover:border-zinc-500 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-900';

  async function copy() {
    await navigator.clipboard.writeText(url);
    setCopied(true);
  }

  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="share">
      <span className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">Share</span>
      {canShare && (
        <button type="button" className={buttonClass} onClick={() => navigator.share({ title, url }).catch(() => {})}>
          Share…
        </button>
      )}
      {canCopy && (
        <button type="button" className={buttonClass} onClick={copy}>
          {copied ? 'Link copied' : 'Copy link'}
        </button>
      )}
      <ul className="flex flex-wrap gap-2" aria-label="Share on">
        {targets.map((target) => (
          <li key={target.label}>
            <a href={target.href} className={`${buttonClass} inline-block`} rel="noopener noreferrer" target="_blank">
              {target.label}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
      <span role="status" className="sr-only">{copied ? 'Link copied to the clipboard' : ''}</span>
    </div>
  );
}
