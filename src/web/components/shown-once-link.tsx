import { type ReactNode, useState } from 'react';

/**
 * A link the server shows only in the answer that made it (a calendar feed, My card's
 * download link): what to do with it, the link, and a button that copies it. A new link
 * is a new component (key it by its URL), so "Copied" starts over.
 */
export function ShownOnceLink({ url, children }: { url: string; children: ReactNode }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(url);
    setCopied(true);
  };
  return (
    <div role="status" className="secret">
      <p>{children}</p>
      <code>{url}</code>
      <p>
        <button type="button" className="button small" onClick={copy}>
          {copied ? 'Copied' : 'Copy link'}
        </button>
      </p>
    </div>
  );
}
