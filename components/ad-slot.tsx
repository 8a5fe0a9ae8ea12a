import type { AdFormat, AdSlotConfig } from '@/lib/config';

/** Reserved box per format, so nothing below moves whether or not an ad fills it. */
const boxClass: Record<AdFormat, string> = {
  leaderboard: 'h-[100px] md:h-[90px]',
  'in-article': 'h-[280px]',
  rectangle: 'h-[280px]',
  'in-feed': 'h-[250px]',
};

interface AdSlotProps {
  slot: AdSlotConfig;
  className?: string;
}

export function AdSlot({ slot, className = '' }: AdSlotProps) {
  return (
    <aside aria-label="Advertisement" className={`not-prose my-8 ${className}`} data-ad-slot-id={slot.id}>
      <p className="mb-1 text-center text-[11px] font-semibold tracking-widest text-zinc-600 uppercase dark:text-zinc-400">
        Advertisement
      </p>
      <div
        className={`flex items-center justify-center overflow-hidden rounded-lg border border-dashed border-zinc-300 bg-zinc-50 text-sm text-zinc-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-400 ${boxClass[slot.format]}`}
      >
        Ad slot ready: {slot.id}
      </div>
    </aside>
  );
}
