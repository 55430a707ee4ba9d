import type { Digest } from './schema.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The digest as plain text and HTML with absolute links (pure). The HTML is a plain
 * list with inline styles only, as mail programs drop style sheets.
 */
export function renderDigest(
  digest: Digest,
  links: { baseUrl: string; unsubscribeUrl: string | null },
): { subject: string; text: string; html: string } {
  const url = (path: string) => `${links.baseUrl.replace(/\/+$/, '')}${path}`;
  const empty = 'Nothing is due today. Enjoy the day.';

  const text = [
    `${digest.subject} (${digest.date})`,
    '',
    ...(digest.sections.length === 0 ? [empty, ''] : []),
    ...digest.sections.flatMap((section) => [
      section.title,
      ...section.items.flatMap((item) => [
        `- ${item.text}`,
        ...item.details.map((detail) => `    ${detail}`),
        `    ${url(item.link)}`,
      ]),
      '',
    ]),
    `Open kith: ${url('/')}`,
    ...(links.unsubscribeUrl ? [`Stop these emails: ${links.unsubscribeUrl}`] : []),
    '',
  ].join('\n');

  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.4;max-width:40em">',
    `<p style="color:#555">${escapeHtml(digest.date)}</p>`,
    ...(digest.sections.length === 0 ? [`<p>${escapeHtml(empty)}</p>`] : []),
    ...digest.sections.flatMap((section) => [
      `<h2 style="font-size:1.1em">${escapeHtml(section.title)}</h2>`,
      '<ul>',
      ...section.items.map(
        (item) =>
          `<li><a href="${escapeHtml(url(item.link))}">${escapeHtml(item.text)}</a>` +
          (item.details.length > 0
            ? `<br><span style="color:#555">${item.details.map(escapeHtml).join('<br>')}</span>`
            : '') +
          '</li>',
      ),
      '</ul>',
    ]),
    `<p><a href="${escapeHtml(url('/'))}">Open kith</a></p>`,
    ...(links.unsubscribeUrl
      ? [
          `<p style="color:#777;font-size:0.9em"><a href="${escapeHtml(links.unsubscribeUrl)}">Stop these emails</a></p>`,
        ]
      : []),
    '</body></html>',
  ].join('\n');

  return { subject: digest.subject, text, html };
}
