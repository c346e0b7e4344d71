'use client';

import { useEffect, useState } from 'react';

interface Help {
  reason: string;
  suggestions: { href: string; label: string }[];
}

function isHelp(value: unknown): value is Help {
  if (typeof value !== 'object' || value === null) return false;
  const reason: unknown = Reflect.get(value, 'reason');
  const suggestions: unknown = Reflect.get(value, 'suggestions');
  return (
    typeof reason === 'string' &&
    Array.isArray(suggestions) &&
    suggestions.every((s: unknown) => typeof s === 'object' && s !== null && typeof Reflect.get(s, 'href') === 'string' && typeof Reflect.get(s, 'label') === 'string')
  );
}

/**
 * "Did you mean" links for the address that missed. The 404 page is shared
 * by every route and must stay static, so the missed path is read here, in
 * the browser, and matched on the server by /api/not-found-help. Plain links:
 * the 404 boundary is in every page's tree, so next/link here would load on
 * every page (tests/e2e/page-weight.spec.ts).
 */
export function NotFoundSuggestions() {
  const [help, setHelp] = useState<Help | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const path = `${window.location.pathname}${window.location.search}`;
    fetch(`/api/not-found-help?path=${encodeURIComponent(path)}`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : null))
      .then((data: unknown) => {
        if (isHelp(data)) setHelp(data);
      })
      .catch(() => {});
    return () => controller.abort();
  }, []);
  if (!help) return null;
  return (
    <div aria-live="polite">
      <p className="lede">{help.reason}</p>
      {help.suggestions.length > 0 ? (
        <>
          <h2>Did you mean</h2>
          <ul className="suggestions">
            {help.suggestions.map((s) => (
              <li key={s.href}>
                <a href={s.href}>{s.label}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
