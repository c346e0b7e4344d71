'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface OccupationOption {
  slug: string;
  title: string;
}

function isOptions(value: unknown): value is { results: OccupationOption[] } {
  if (typeof value !== 'object' || value === null) return false;
  const results: unknown = Reflect.get(value, 'results');
  return (
    Array.isArray(results) &&
    results.every((r: unknown) => typeof r === 'object' && r !== null && typeof Reflect.get(r, 'slug') === 'string' && typeof Reflect.get(r, 'title') === 'string')
  );
}

/** Wait this long after the last keystroke before asking the server. */
const TYPING_PAUSE_MS = 120;

/**
 * A text input that offers matching occupation titles as you type (the
 * ARIA combobox pattern). The server matches case- and accent-insensitively
 * (/api/occupations). Without JavaScript it is a plain text input, and the
 * form's handler resolves whatever was typed.
 */
export function OccupationCombobox({
  name,
  label,
  defaultValue,
  errorId,
}: {
  name: string;
  label: string;
  defaultValue: string;
  /** id of the field's error message, when it has one. */
  errorId?: string;
}) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [options, setOptions] = useState<OccupationOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    if (query === null) return;
    const q = query.trim();
    if (q === '') {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/occupations?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : null))
        .then((data: unknown) => {
          if (!isOptions(data)) return;
          setOptions(data.results);
          setActive(-1);
          setOpen(true);
        })
        .catch(() => {});
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  function choose(option: OccupationOption) {
    if (input.current) input.current.value = option.title;
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? count - 1 : i - 1));
    } else if (event.key === 'Enter' && open && active >= 0) {
      const option = options[active];
      if (option) {
        // Enter picks the highlighted title instead of submitting the form.
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const expanded = open && options.length > 0;
  return (
    <div className="combobox">
      <label htmlFor={inputId}>{label}</label>
      <input
        ref={input}
        id={inputId}
        name={name}
        type="text"
        defaultValue={defaultValue}
        placeholder="Type an occupation"
        autoComplete="off"
        spellCheck={false}
        maxLength={120}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={`${label}: suggestions`} className="combobox-options" hidden={!expanded}>
        {options.map((o, i) => (
          <li
            key={o.slug}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: a click would blur the input and close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(o);
            }}
          >
            {o.title}
          </li>
        ))}
      </ul>
    </div>
  );
}
