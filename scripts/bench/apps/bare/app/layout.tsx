import type { ReactNode } from 'react';

export const metadata = { title: 'Bare page', description: 'A bare Next.js page: the framework baseline.' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
