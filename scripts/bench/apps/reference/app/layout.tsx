import type { ReactNode } from 'react';
import './globals.css';

export const metadata = { title: 'Reference blog', description: "A blog of the official blog-starter's shape." };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="mx-auto max-w-5xl px-5 text-slate-800">
        <main>{children}</main>
      </body>
    </html>
  );
}
