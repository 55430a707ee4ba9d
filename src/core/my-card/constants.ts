/**
 * What may go on your card besides your name, in the order the card and the settings list
 * them. zod-free: the web's "My card" settings import it.
 */
export const CARD_FIELDS = ['title', 'company', 'email', 'phone', 'links', 'location'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export const CARD_FIELD_LABELS: Record<CardField, string> = {
  title: 'Title',
  company: 'Company',
  email: 'Email',
  phone: 'Phone',
  links: 'Links',
  location: 'Location',
};
