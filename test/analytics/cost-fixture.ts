/** The named fixture of the cost-of-downtime tests (analytics and render). */
import type { Rec } from '../helpers.ts';

const svc = (id: string, data: Record<string, unknown> = {}): Rec => ({
  kind: 'services',
  id,
  data: { kind: 'application', ...data },
});
const bia = (id: string, data: Record<string, unknown> = {}): Rec => ({ kind: 'bia', id, data });

/** Rates per impact level in organisation.yaml: none and severe have no figure. */
export const RATES = { low: 100, medium: 600, high: 3000 };

/**
 * "crossing": four functions on one application, which takes 3h to restore.
 *
 *   f-rev (revenuePerHour 1200, rto 1h) ----------------\
 *   f-lvl (low from 1h, medium from 2h, high from 4h) ---+--> app (own 3h) <-- mystery (own unknown) <-- f-unknown (revenuePerHour 60)
 *   f-none (no revenue, no impact table) ---------------/
 *
 * solo: a vendor of app with no substitute and no exit plan. Scenario lose-app: app is lost.
 */
export const CROSSING: Rec[] = [
  bia('f-rev', { title: 'Revenue function', rto: '1h', revenuePerHour: 1200, dependsOn: ['app'] }),
  bia('f-lvl', {
    title: 'Level function',
    rto: '2h',
    impacts: { financial: { '1h': 'low', '4h': 'high' }, operational: { '2h': 'medium' } },
    dependsOn: ['app'],
  }),
  bia('f-none', { title: 'Unpriced function', dependsOn: ['app'] }),
  bia('f-unknown', { title: 'Unknown function', revenuePerHour: 60, dependsOn: ['mystery'] }),
  svc('app', { title: 'App', recoveryTime: '3h' }),
  svc('mystery', { title: 'Mystery', dependsOn: ['app'] }),
  { kind: 'vendors', id: 'solo', data: { substitutability: 'none', supplies: ['app'] } },
];

/** The settings of "crossing". */
export const CROSSING_SETTINGS = {
  costOfDowntime: { perHour: RATES },
  scenarios: [{ id: 'lose-app', title: 'App lost', lose: ['services/app'] }],
};
