import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security';

const development = process.env.NODE_ENV === 'development';

const nextConfig: NextConfig = {
  // A second build (e.g. the ads-on browser tests) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // A self-contained server folder for deployment (see README, "Deploy and scale").
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 828, 1080, 1280, 1600],
  },
  async headers() {
    const headers = securityHeaders({
      adsEnabled: Boolean(process.env.NEXT_PUBLIC_ADSENSE_CLIENT?.trim()),
      development,
      https: (process.env.SITE_URL ?? '').startsWith('https://'),
    });
    return [{ source: '/:path*', headers }];
  },
};

export default nextConfig;
