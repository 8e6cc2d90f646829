import { describe, it, expect } from 'vitest';
import {
  toEmailLink,
  toMailtoHref,
  toOutOfBandLink,
  toPhoneLink,
  toTelHref,
} from '../../src/lib/render/contact.ts';

describe('toTelHref', () => {
  it('writes the number without spaces, keeping the + of an international number', () => {
    expect(toTelHref('+44 20 7946 0999')).toBe('tel:+442079460999');
    expect(toTelHref('020 7946-0999')).toBe('tel:02079460999');
  });

  it('drops a national trunk (0) and an extension', () => {
    expect(toTelHref('+44 (0)20 7946 0999')).toBe('tel:+442079460999');
    expect(toTelHref('+44 20 7946 0999 ext. 12')).toBe('tel:+442079460999');
  });

  it('keeps nothing but digits and the leading + from hostile text, and refuses what is not a number', () => {
    expect(toTelHref('+44 20"><script>alert(1)</script>')).toBe('tel:+44201');
    expect(toTelHref('javascript:alert(1)')).toBeUndefined();
    expect(toTelHref('Channel 3')).toBeUndefined();
  });
});

describe('toMailtoHref', () => {
  it('links an address as written, trimmed', () => {
    expect(toMailtoHref(' ann.okafor@harbourline.example ')).toBe(
      'mailto:ann.okafor@harbourline.example',
    );
  });

  it('refuses anything that is not one address', () => {
    expect(toMailtoHref('"><img src=x onerror=alert(1)>@x.example')).toBeUndefined();
    expect(toMailtoHref('ann@example.org, bob@example.org')).toBeUndefined();
    expect(toMailtoHref('ask the service desk')).toBeUndefined();
  });
});

describe('toPhoneLink', () => {
  it('shows the number as written and links it', () => {
    expect(toPhoneLink('+44 20 7946 0999', 'work')).toEqual({
      text: '+44 20 7946 0999',
      href: 'tel:+442079460999',
      note: 'work',
    });
    expect(toPhoneLink('ask reception')).toEqual({ text: 'ask reception' });
  });
});

describe('toEmailLink', () => {
  it('shows the address as written and links it', () => {
    expect(toEmailLink('ann@example.org')).toEqual({
      text: 'ann@example.org',
      href: 'mailto:ann@example.org',
    });
  });
});

describe('toOutOfBandLink', () => {
  it('links numbers as tel:, a personal address as mailto:, and a radio channel not at all', () => {
    expect(toOutOfBandLink({ channel: 'sms', value: '+44 7700 900404' }).href).toBe(
      'tel:+447700900404',
    );
    expect(toOutOfBandLink({ channel: 'personal-email', value: 'ann@home.example' }).href).toBe(
      'mailto:ann@home.example',
    );
    expect(toOutOfBandLink({ channel: 'radio', value: 'Channel 3' })).toEqual({
      text: 'Channel 3',
      note: 'radio',
    });
  });
});
