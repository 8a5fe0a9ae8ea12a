interface CoverProps {
  label: string;
  seed: string;
  className?: string;
}

function hue(seed: string): number {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
}

/** A generated, image-free cover for articles without a hero image: no request, no broken image. */
export function Cover({ label, seed, className = '' }: CoverProps) {
  const h = hue(seed);
  return (
    <div
      aria-hidden="true"
      className={`flex aspect-[16/9] items-end overflow-hidden p-5 ${className}`}
      style={{ backgroundImage: `linear-gradient(135deg, hsl(${h} 65% 32%), hsl(${(h + 50) % 360} 70% 22%))` }}
    >
      <span className="text-2xl font-black tracking-tight text-white/90 uppercase">{label}</span>
    </div>
  );
}
