'use client';

import { useState, type MouseEvent } from 'react';

type Outcome = 'idle' | 'shared' | 'copied' | 'failed';

const MESSAGES: Record<Outcome, string> = {
  idle: '',
  shared: 'Shared.',
  copied: 'Link copied to the clipboard.',
  failed: 'Could not copy: copy the address from the address bar.',
};

/**
 * "Share this comparison": the system share sheet where the browser has one
 * (phones), else copies the address. Without JavaScript it is a plain link
 * to the page, which can be copied or bookmarked.
 */
export function ShareLink({ href, title }: { href: string; title: string }) {
  const [outcome, setOutcome] = useState<Outcome>('idle');

  async function share(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const url = new URL(href, window.location.href).toString();
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ title, url });
        setOutcome('shared');
      } else {
        await navigator.clipboard.writeText(url);
        setOutcome('copied');
      }
    } catch (error) {
      // Closing the share sheet is not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setOutcome('failed');
    }
  }

  return (
    <>
      <a href={href} onClick={share} className="share-link">
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        Share this comparison
      </a>
      <span role="status" className="share-status">
        {MESSAGES[outcome]}
      </span>
    </>
  );
}
