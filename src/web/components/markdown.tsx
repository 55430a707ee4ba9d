import './markdown.css';
import MarkdownIt from 'markdown-it';
import { useMemo } from 'react';

// html: false escapes any HTML in the source, so `<script>` or `<img onerror>` in a
// note shows as text; markdown-it's link check already refuses javascript: and data: URLs.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  token?.attrSet('rel', 'noopener noreferrer nofollow');
  token?.attrSet('target', '_blank');
  return defaultLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // Safe: markdown-it with html disabled only emits its own escaped markup.
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the source is escaped by markdown-it (html: false)
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
