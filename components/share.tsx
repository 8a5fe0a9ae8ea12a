'use client';

import { useState, useSyncExternalStore } from 'react';
import type { ShareLabels } from '@/lib/i18n';

interface ShareProps {
  url: string;
  title: string;
  labels: ShareLabels;
}

const subscribeNever = () => () => {};

type Mode = 'none' | 'native' | 'copy';

function browserMode(): Mode {
  if (typeof navigator.share === 'function') return 'native';
  return navigator.clipboard ? 'copy' : 'none';
}

/**
 * Share links that work without JavaScript. Once hydrated, one extra button at the end of
 * the row: the browser's share sheet (Web Share API) where it exists, else copy-link. The
 * button's place is reserved from the first paint, so its arrival moves nothing.
 */
export function Share({ url, title, labels }: ShareProps) {
  const mode = useSyncExternalStore(subscribeNever, browserMode, () => 'none' as Mode);
  const [copied, setCopied] = useState(false);

  const text = encodeURIComponent(title);
  const link = encodeURIComponent(url);
  const targets = [
    { label: 'X', href: `https://x.com/intent/post?text=${text}&url=${link}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${link}` },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${link}` },
    { label: 'Email', href: `mailto:?subject=${text}&body=${link}` },
  ];
  const itemClass =
    'inline-block rounded-full border border-zinc-300 px-3 py-1 text-sm font-medium hover:border-zinc-500 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-900';

  async function act() {
    if (mode === 'native') {
      await navigator.share({ title, url }).catch(() => {});
      return;
    }
    await navigator.clipboard.writeText(url);
    setCopied(true);
  }

  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="share">
      <span className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">{labels.share}</span>
      <ul className="flex flex-wrap gap-2" aria-label={labels.shareOn}>
        {targets.map((target) => (
          <li key={target.label}>
            <a href={target.href} className={itemClass} rel="noopener noreferrer" target="_blank">
              {target.label}
              <span className="sr-only"> {labels.opensInNewTab}</span>
            </a>
          </li>
        ))}
      </ul>
      <button type="button" onClick={act} className={`${itemClass} min-w-[6.5rem] ${mode === 'none' ? 'invisible' : ''}`}>
        {mode === 'native' ? labels.shareNative : copied ? labels.linkCopied : labels.copyLink}
      </button>
      <span role="status" className="sr-only">{copied ? labels.linkCopiedStatus : ''}</span>
    </div>
  );
}
