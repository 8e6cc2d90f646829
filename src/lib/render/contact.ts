/**
 * Phone numbers and e-mail addresses as links: the text stays as the author wrote it, the
 * href is made from it (`tel:` with the number's digits and a leading +, `mailto:` with the
 * address). A value that is not a number or an address gets no href and shows as text. The
 * href holds only characters the scheme allows, and components escape both (the values are
 * untrusted content).
 */

/** A contact as a page shows it: the value as written, its link, and what it is. */
export interface ContactLink {
  /** The number or address as written in the record. */
  text: string;
  /** `tel:+442079460104` or `mailto:ann@example.org`; absent when the value is neither. */
  href?: string;
  /** What it is, shown after it ("personal-phone", "work"); optional. */
  note?: string;
}

/**
 * The `tel:` href of a phone number as people write it ("+44 20 7946 0104", "+44 (0)20
 * 7946-0104", "020 7946 0104 ext. 12"): the digits, with the + of an international number,
 * and a national trunk "(0)" dropped. Undefined when it has fewer than three digits.
 */
export function toTelHref(value: string): string | undefined {
  const number = value.split(/\b(?:ext|x)\b/i)[0];
  const international = /^\s*\+/.test(number);
  const digits = (international ? number.replace(/\(0\)/g, '') : number).replace(/\D/g, '');
  if (digits.length < 3) return undefined;
  return `tel:${international ? '+' : ''}${digits}`;
}

/** The `mailto:` href of an e-mail address, or undefined when the value is not one. */
export function toMailtoHref(value: string): string | undefined {
  const address = value.trim();
  return /^[^\s@<>"'(),;:\\[\]]+@[^\s@<>"'(),;:\\[\]]+\.[^\s@<>"'(),;:\\[\]]+$/.test(address)
    ? `mailto:${address}`
    : undefined;
}

/** A phone number as a link. */
export function toPhoneLink(value: string, note?: string): ContactLink {
  const href = toTelHref(value);
  return { text: value, ...(href ? { href } : {}), ...(note ? { note } : {}) };
}

/** An e-mail address as a link. */
export function toEmailLink(value: string, note?: string): ContactLink {
  const href = toMailtoHref(value);
  return { text: value, ...(href ? { href } : {}), ...(note ? { note } : {}) };
}

/** Out-of-band channels whose value is a phone number (radio is a channel, not a number). */
const PHONE_CHANNELS = new Set(['personal-phone', 'sms', 'home-phone', 'satellite']);

/** An out-of-band contact as a link, its channel as the note: numbers `tel:`, addresses `mailto:`. */
export function toOutOfBandLink(o: { channel: string; value: string }): ContactLink {
  if (o.channel === 'personal-email') return toEmailLink(o.value, o.channel);
  if (PHONE_CHANNELS.has(o.channel)) return toPhoneLink(o.value, o.channel);
  return { text: o.value, note: o.channel };
}
