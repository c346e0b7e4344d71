import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Career Compare', template: '%s · Career Compare' },
  description: 'Compare two careers side by side: salary, skills, education, demographics and outlook.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a href="/" className="brand">
            Career Compare
          </a>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
