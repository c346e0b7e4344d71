import Markdown from 'react-markdown';

/**
 * An editor's introduction, written in Markdown. react-markdown builds React
 * elements and ignores raw HTML, so even a careless edit cannot inject markup.
 */
export function Introduction({ markdown }: { markdown: string }) {
  return (
    <div className="introduction prose">
      <Markdown skipHtml>{markdown}</Markdown>
    </div>
  );
}
