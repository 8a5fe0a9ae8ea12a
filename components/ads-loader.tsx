'use client';

import { useEffect, useSyncExternalStore } from 'react';

const STORAGE_KEY = 'ads-consent';
const CHANGE_EVENT = 'ads-consent-change';
const SCRIPT_ID = 'adsbygoogle-script';
type Consent = 'granted' | 'denied' | null;

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function readConsent(): Consent {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'granted' || value === 'denied' ? value : null;
  } catch {
    return null; // storage disabled: ask again next time
  }
}

function saveConsent(value: 'granted' | 'denied') {
  try {
    window.localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Storage is unavailable; the choice holds until the page is left.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

interface AdsLoaderProps {
  client: string;
  requireConsent: boolean;
}

/**
 * Loads the AdSense script once per page, after the page is interactive. When consent is
 * required, nothing loads until the reader accepts, and the choice is remembered.
 */
export function AdsLoader({ client, requireConsent }: AdsLoaderProps) {
  const consent = useSyncExternalStore(subscribe, readConsent, () => null);
  const allowed = !requireConsent || consent === 'granted';

  useEffect(() => {
    // Effects run once the page is interactive; the id keeps it to one script per page, also
    // across client-side navigations (the layout, and this component, stay mounted).
    if (!allowed || document.getElementById(SCRIPT_ID)) return;
    const script = document.createElement('script');
    script.id = SCRIPT_ID;
    script.async = true;
    script.crossOrigin = 'anonymous';
    script.src = `https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=${encodeURIComponent(client)}`;
    document.head.appendChild(script);
  }, [allowed, client]);

  if (!requireConsent || consent !== null) return null;
  return (
    <div role="region" aria-label="Advertising consent" className="fixed inset-x-3 bottom-3 z-50 mx-auto max-w-xl rounded-xl border border-zinc-200 bg-white p-4 text-sm shadow-xl dark:border-zinc-700 dark:bg-zinc-900">
      <p>This site is paid for by advertising. May our ad partner use cookies to show and measure ads?</p>
      <div className="mt-3 flex gap-2">
        <button type="button" onClick={() => saveConsent('granted')} className="rounded-full bg-zinc-900 px-4 py-1.5 font-semibold text-white dark:bg-white dark:text-zinc-900">
          Accept
        </button>
        <button type="button" onClick={() => saveConsent('denied')} className="rounded-full border border-zinc-300 px-4 py-1.5 font-semibold dark:border-zinc-600">
          Decline
        </button>
      </div>
    </div>
  );
}
