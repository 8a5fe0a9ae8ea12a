import { ImageResponse } from 'next/og';
import { BrandMark } from '@/components/brand-mark';

// Also the publisher logo in the articles' structured data (a raster image, as Google asks).
export const size = { width: 180, height: 180 };
export const contentType = 'image/png';

export default function AppleIcon() {
  return new ImageResponse(<BrandMark size={180} rounded={false} />, size);
}
