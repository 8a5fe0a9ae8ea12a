import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A second build (e.g. the ads-on browser tests) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 828, 1080, 1280, 1600],
  },
};

export default nextConfig;
