'use client';

import type { MouseEvent } from 'react';

/**
 * Swaps the two fields in place. Without JavaScript it is a submit button
 * named "swap", and the form's handler swaps the sides on the server.
 */
export function SwapButton({ first, second }: { first: string; second: string }) {
  function swap(event: MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    const a = form?.elements.namedItem(first);
    const b = form?.elements.namedItem(second);
    if (!(a instanceof HTMLInputElement) || !(b instanceof HTMLInputElement)) return;
    event.preventDefault();
    [a.value, b.value] = [b.value, a.value];
  }
  return (
    <button type="submit" name="swap" value="1" className="button secondary" onClick={swap}>
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path d="M7 4 3 8l4 4M3 8h14M17 20l4-4-4-4M21 16H7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Swap sides
    </button>
  );
}
