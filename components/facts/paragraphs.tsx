/** Paragraphs of scraped prose, each rendered as text. */
export function Paragraphs({ items }: { items: readonly string[] }) {
  return (
    <>
      {items.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </>
  );
}
