import { describe, it, expect } from 'vitest';
import {
  fromCell,
  parseDurationText,
  splitList,
  tierOfLabel,
  toImportId,
  toSafeCell,
} from '../../src/lib/import/values.ts';

const TIERS = [
  { tier: 1, name: 'Critical', maxRto: 240 },
  { tier: 2, name: 'Essential', maxRto: 1440 },
  { tier: 3, name: 'Important', maxRto: 4320 },
  { tier: 4, name: 'Deferrable', maxRto: 40320 },
];

describe('parseDurationText', () => {
  it('reads durations as people write them', () => {
    expect(
      [
        '4 hours',
        '30 minutes',
        '1.5h',
        '2 days',
        '1 week',
        'PT4H',
        '4h',
        '1d 4h',
        '1 day and 4 hours',
        '90 mins',
        '2 Hrs',
        '1,5 hours',
      ].map(parseDurationText),
    ).toEqual([240, 30, 90, 2880, 10080, 240, 240, 1680, 1680, 90, 120, 90]);
  });

  it('is undefined for what is not a duration: no unit, words around it, nothing', () => {
    for (const text of ['4', 'about 4 hours', 'soon', '', '4 parsecs', '=1+1'])
      expect(parseDurationText(text), text).toBeUndefined();
  });
});

describe('tierOfLabel', () => {
  it('reads a tier by its number or its name, through the tier table', () => {
    expect(
      [
        'Tier 1 Mission Critical',
        'Tier 2 - Business Critical',
        'T3',
        'tier-2',
        '3 - Important',
        'Critical',
        'essential',
        '4 (Low)',
      ].map((l) => tierOfLabel(l, TIERS)),
    ).toEqual([1, 2, 3, 2, 3, 1, 2, 4]);
  });

  it('is undefined for a label that names no tier of the table', () => {
    expect(tierOfLabel('Gold', TIERS)).toBeUndefined();
    expect(tierOfLabel('Tier 7', TIERS)).toBeUndefined();
  });
});

describe('splitList', () => {
  it('splits on comma, semicolon, pipe and new line, never inside brackets', () => {
    expect(splitList('a, b; c | d\ne')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(splitList('payment-gateway (paypal.com, external), db')).toEqual([
      'payment-gateway (paypal.com, external)',
      'db',
    ]);
    expect(splitList(' ; , ')).toEqual([]);
  });
});

describe('toImportId', () => {
  it('makes ids from real names: lower case, kebab, accents folded, remarks and punctuation dropped', () => {
    expect(
      [
        'db (MySQL/MariaDB)',
        'payment-gateway (paypal.com, external)',
        'smtp.163.com (external SMTP)',
        'external_license_db',
        "Zoë's analytics sandbox",
        'Reviews & ratings',
        '(legacy)',
      ].map(toImportId),
    ).toEqual([
      'db',
      'payment-gateway',
      'smtp-163-com',
      'external-license-db',
      'zoe-s-analytics-sandbox',
      'reviews-ratings',
      'legacy',
    ]);
  });
});

describe('toSafeCell and fromCell', () => {
  it('keeps a formula-like cell as text both ways, and leaves others alone', () => {
    for (const text of ['=HYPERLINK("http://evil")', '+1', '-', '@mention', 'plain', "'quoted"]) {
      const cell = toSafeCell(text);
      if (/^[=+\-@]/.test(text)) expect(cell).toBe(`'${text}`);
      else expect(cell).toBe(text);
      expect(fromCell(cell)).toBe(text);
    }
  });
});
