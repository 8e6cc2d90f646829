import { z } from 'astro/zod';

/** Disruption scenarios to plan and test for (DORA RTS 2024/1774 Art. 26(2)). */
export const ScenarioSchema = z.enum([
  'cyber-attack',
  'ransomware',
  'third-party-failure',
  'site-loss',
  'ict-failure',
  'data-corruption',
  'staff-unavailability',
  'natural-disaster',
  'pandemic',
  'insider',
  'power-outage',
  'network-outage',
]);
export type Scenario = z.output<typeof ScenarioSchema>;
