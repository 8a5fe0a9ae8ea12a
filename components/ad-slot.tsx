import type { AdFormat, AdSlotConfig } from '@/lib/config';
import { siteConfig } from '@/lib/config';
import { AdsenseUnit } from './adsense-unit';

/** Reserved box per format, so nothing below moves whether or not an ad fills it. */
const boxClass: Record<AdFormat, string> = {
  leaderboard: 'h-[100px] md:h-[90px]',
  'in-article': 'h-[280px]',
  rectangle: 'h-[280px]',
  'in-feed': 'h-[250px]',
};

interface AdSlotProps {
  slot: AdSlotConfig;
  /** Where the slot sits ("top of article"), so several slots on a page have distinct names. */
  placement: string;
  className?: string;
}

/**
 * An ad placement: labelled, with its box reserved before anything loads. Without an ad
 * client configured it shows a placeholder naming the slot; with one, the AdSense unit.
 */
export function AdSlot({ slot, placement, className = 'my-8' }: AdSlotProps) {
  const client = siteConfig.ads.client;
  return (
    <aside aria-label={`Advertisement, ${placement}`} className={`not-prose ${className}`} data-ad-slot-id={slot.id}>
      <p className="mb-1 text-center text-[11px] font-semibold tracking-widest text-zinc-600 uppercase dark:text-zinc-400">
        Advertisement
      </p>
      <div
        className={`flex items-center justify-center overflow-hidden rounded-lg bg-zinc-50 text-sm text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400 ${client ? '' : 'border border-dashed border-zinc-300 dark:border-zinc-700'} ${boxClass[slot.format]}`}
      >
        {client ? <AdsenseUnit client={client} slot={slot.id} /> : <>Ad slot ready: {slot.id}</>}
      </div>
    </aside>
  );
}
