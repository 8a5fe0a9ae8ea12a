/** The "N" monogram, as in app/icon.svg; drawn with paths so it needs no font. */
export function BrandMark({ size, rounded = true }: { size: number; rounded?: boolean }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" xmlns="http://www.w3.org/2000/svg" aria-hidden="true">
      <rect width="64" height="64" rx={rounded ? 14 : 0} fill="#c2410c" />
      <path d="M16 14h8.5L40 36.5V14h8v36h-8.5L24 27.5V50h-8z" fill="#ffffff" />
    </svg>
  );
}
