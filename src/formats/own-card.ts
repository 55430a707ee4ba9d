import { escapeText, foldLine } from './vcard-writer.js';

/** What goes on your own card: the name always, each other value only when it is given. */
export type OwnCardValues = {
  name: string;
  title?: string;
  company?: string;
  email?: string;
  phone?: string;
  links?: readonly string[];
  location?: string;
};

/** "Ada Lovelace" → family "Lovelace", given "Ada": N's first two parts, as phones expect them. */
function nameParts(name: string): [string, string] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return [name.trim(), ''];
  return [words[words.length - 1] ?? '', words.slice(0, -1).join(' ')];
}

/**
 * Your card as a vCard 3.0 (the version every phone's camera and address book reads):
 * short, with no kith properties and no UID, since it is for someone else's address book
 * and the QR code holding it should stay small.
 */
export function ownCardToVcard(card: OwnCardValues): string {
  const [family, given] = nameParts(card.name);
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `N:${escapeText(family)};${escapeText(given)};;;`];
  lines.push(`FN:${escapeText(card.name.trim())}`);
  if (card.company) lines.push(`ORG:${escapeText(card.company)}`);
  if (card.title) lines.push(`TITLE:${escapeText(card.title)}`);
  if (card.email) lines.push(`EMAIL;TYPE=INTERNET:${escapeText(card.email)}`);
  if (card.phone) lines.push(`TEL;TYPE=CELL:${escapeText(card.phone)}`);
  for (const link of card.links ?? []) lines.push(`URL:${link}`);
  if (card.location) lines.push(`ADR:;;;${escapeText(card.location)};;;`);
  lines.push('END:VCARD');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A download's file name from the name on the card: "Ada Lovelace" → "ada-lovelace.vcf". */
export function ownCardFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'card'}.vcf`;
}
