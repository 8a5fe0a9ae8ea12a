import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

// Tailwind 4 reads its theme from app/globals.css; this file carries the plugins and the
// typography tweaks for article bodies, loaded there with `@config`.
const config: Config = {
  plugins: [typography],
};

export default config;
