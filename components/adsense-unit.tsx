'use client';

import { useEffect, useRef } from 'react';

declare global {
  interface Window {
    adsbygoogle?: unknown[];
  }
}

/**
 * One AdSense unit. It is pushed exactly once per element: the attribute guard survives
 * React's double effects in development, and a client-side navigation mounts new elements.
 * Pushing before the ad script has loaded only queues the request.
 */
export function AdsenseUnit({ client, slot }: { client: string; slot: string }) {
  const ref = useRef<HTMLModElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element || element.dataset.pushed) return;
    element.dataset.pushed = 'true';
    (window.adsbygoogle = window.adsbygoogle ?? []).push({});
  }, []);

  return (
    <ins
      ref={ref}
      className="adsbygoogle block h-full w-full"
      data-ad-client={client}
      data-ad-slot={slot}
      data-ad-format="auto"
      data-full-width-responsive="false"
    />
  );
}
