/**
 * Amounts of money as pages print them: rounded to whole units, thousands separated by commas,
 * after the currency ("EUR 1,234,567"). Made by hand, never from the machine's locale, so the
 * same figures give the same bytes on every machine.
 */

/** "1234567.4" -> "1,234,567": whole units, commas between thousands. */
export function groupThousands(amount: number): string {
  const whole = Math.round(Math.abs(amount));
  const digits = String(whole);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return amount < 0 && whole > 0 ? `-${out}` : out;
}

/** "EUR 1,234,567": an amount in `currency`, in whole units. */
export const formatMoney = (amount: number, currency: string): string =>
  `${currency} ${groupThousands(amount)}`;

/** "6.5": hours with at most two decimals, for "6.5 hours". */
export function formatHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return String(hours);
}
