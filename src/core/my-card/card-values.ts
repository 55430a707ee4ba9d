import { type OwnCardValues, ownCardToVcard } from '../../formats/own-card.js';
import type { MyCard } from './schema.js';

/** Your name and only the fields you chose to show: nothing else leaves kith on your card. */
export function shownValues(card: MyCard): OwnCardValues {
  const shown = new Set(card.shown);
  return {
    name: card.name,
    title: shown.has('title') ? card.title : '',
    company: shown.has('company') ? card.company : '',
    email: shown.has('email') ? card.email : '',
    phone: shown.has('phone') ? card.phone : '',
    links: shown.has('links') ? card.links : [],
    location: shown.has('location') ? card.location : '',
  };
}

export function myCardVcard(card: MyCard): string {
  return ownCardToVcard(shownValues(card));
}
