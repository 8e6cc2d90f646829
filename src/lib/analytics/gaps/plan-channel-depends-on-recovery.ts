/**
 * plan-channel-depends-on-recovery: a communication channel of a draft or approved plan that
 * is, or fails with (hard dependencies, transitively), a service the plan recovers; one gap
 * per such channel, keyed by the plan.
 * Why: the channel may be down exactly when the plan is needed, so the people who carry it
 * out cannot be reached.
 * Severity (CRITERIA): high when every channel of the plan fails with what it recovers (nothing
 * is left to reach people on); medium when another channel of the plan does not.
 * Standard: ISO 22301 8.4.3 (warning and communication), NIST SP 800-34 3.4.
 */
import { failsWith } from '../../graph/impact.ts';
import { toFinding } from '../../model/finding.ts';
import { keyOf } from '../../model/key.ts';
import { join, ref, text, type Text } from '../../model/text.ts';
import type { GapOf, GapRule } from '../gap.ts';

const CRITERIA =
  'High: every channel of the plan fails with what it recovers, so nothing is left to reach people on. Medium: another channel of the plan does not fail with it.';

/** The plan-channel-depends-on-recovery rule: plan channels that fail with what the plan recovers. */
export const planChannelDependsOnRecovery: GapRule<'plan-channel-depends-on-recovery'> = {
  id: 'plan-channel-depends-on-recovery',
  criteria: CRITERIA,
  find(ctx) {
    const { graph, impact } = ctx.recovery;
    const gaps: GapOf<'plan-channel-depends-on-recovery'>[] = [];
    for (const plan of ctx.model.byKind.plans) {
      if (
        plan.data.status === 'retired' ||
        plan.data.channels.length === 0 ||
        plan.data.covers.services.length === 0
      )
        continue;
      // Per channel, the covered services it is, or fails with: a membership test in each impact set.
      const found: { ch: string; on: Set<string> }[] = [];
      for (const ch of plan.data.channels) {
        const channelKey = keyOf('services', ch);
        const channel = graph.index.get(channelKey);
        if (channel === undefined) continue;
        const on = new Set(
          plan.data.covers.services.filter((covered) => {
            const node = graph.index.get(keyOf('services', covered));
            return node !== undefined && (node === channel || failsWith(impact, channel, node));
          }),
        );
        if (on.size > 0) found.push({ ch, on });
      }
      const severity =
        new Set(found.map((f) => f.ch)).size === new Set(plan.data.channels).size
          ? 'high'
          : 'medium';
      for (const { ch, on } of found) {
        const channelKey = keyOf('services', ch);
        const others = [...on].filter((c) => c !== ch).sort();
        const parts: Text[] = [];
        if (on.has(ch)) parts.push(text`is itself a service the plan recovers`);
        if (others.length > 0)
          parts.push(
            text`fails when ${join(others.map((c) => ref(keyOf('services', c))))}, which the plan recovers, ${others.length === 1 ? 'fails' : 'fail'}`,
          );
        gaps.push(
          toFinding({
            key: plan.key,
            rule: 'plan-channel-depends-on-recovery',
            severity,
            message: text`Channel ${ref(channelKey)} ${join(parts, ' and ')}, so it may be down exactly when the plan is needed.`,
            fix: text`Replace ${ref(channelKey)} in channels with a channel that does not fail with what the plan recovers (for example the teams' out-of-band route), or add such a channel as a fallback.`,
          }),
        );
      }
    }
    return gaps;
  },
};
