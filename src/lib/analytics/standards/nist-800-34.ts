/**
 * NIST SP 800-34 Rev. 1 (contingency planning guide for federal information systems): the
 * elements of the contingency planning process (chapter 3) and of the plan (chapter 4), with
 * the SP 800-53 Rev. 5 CP controls they implement. Each requirement's rule is repeated in its
 * doc comment.
 * Left out: the cost considerations of §3.4.4 and equipment replacement (§3.4.3), which the
 * knowledge base does not hold.
 */
import type { Standard } from './requirement.ts';
import { policyInForce } from './checks/policies.ts';
import { objectivesSet } from './checks/bia.ts';
import { backupsWithinRpo, restoresTested } from './checks/backups.ts';
import { alternateSites, targetsAchievable } from './checks/recovery.ts';
import { contactsVerified, teamsStaffed, trainingCurrent } from './checks/people.ts';
import { plansExercised } from './checks/exercises.ts';
import { plansCover, plansMaintained } from './checks/plans.ts';

/** The NIST SP 800-34 checklist. */
export const NIST_800_34: Standard = {
  id: 'nist-800-34',
  title: 'NIST SP 800-34 Rev. 1',
  name: 'Contingency planning guide for federal information systems, with the SP 800-53 CP controls',
  scope:
    'The contingency planning process (policy, BIA, preventive controls, strategies, testing, training, maintenance) and the plan’s phases (activation and notification, recovery, reconstitution) with its contacts.',
  requirements: [
    /**
     * §3.1 Policy. Rule: every policy with topic continuity is approved, in force, with
     * objectives and reviewed on cycle. Met: all; partly: some; not met: none or no such policy.
     */
    {
      id: '3.1',
      ref: '§3.1; CP-1',
      title: 'Contingency planning policy',
      asks: 'Set out, in an approved policy, the roles, responsibilities, scope and objectives of contingency planning.',
      ...policyInForce('continuity', 'business continuity policy'),
    },
    /**
     * §3.2 BIA. Rule: every business function has an MTPD (declared or derived), an RTO and an
     * RPO. Met: all; partly: some; not met: none or no BIA.
     */
    {
      id: '3.2',
      ref: '§3.2; CP-2',
      title: 'Business impact analysis: MTD, RTO, RPO',
      asks: 'For each mission or business process, find the maximum tolerable downtime and set the recovery time and recovery point objectives within it.',
      ...objectivesSet({ mtpd: true }),
    },
    /**
     * §3.3 Preventive controls: backups. Rule: every tier 1-2 service holding data (declaring an RPO or recording a backup) is backed up
     * at least as often. Met: all; partly: some; not met: none or no such service.
     */
    {
      id: '3.3',
      ref: '§3.3, §3.4.1; CP-9',
      title: 'Preventive controls: backups',
      asks: 'Put controls in place that reduce the effects of an outage, first of all backups taken as often as the recovery point objective needs.',
      ...backupsWithinRpo,
    },
    /**
     * §3.4.1 Backup testing. Rule: every tier 1-2 service holding data had a restore test in the
     * exercise window. Met: all; partly: some; not met: none or no such service.
     */
    {
      id: '3.4.1',
      ref: '§3.4.1; CP-9(1)',
      title: 'Backups tested',
      asks: 'Test backups by restoring them, to show that the media are reliable and the data intact.',
      ...restoresTested,
    },
    /**
     * §3.4 Recovery strategies. Rule: every tier 1-2 service and function can be back within
     * its target RTO after a wide outage. Met: all; partly: some; not met: none.
     */
    {
      id: '3.4',
      ref: '§3.4; CP-10',
      title: 'Recovery strategies meet the RTO',
      asks: 'Choose recovery strategies that bring systems back within their recovery time objectives, in the order their dependencies allow.',
      ...targetsAchievable,
    },
    /**
     * §3.4.2 Alternate sites. Rule: every location of a tier 1-2 service has an alternate. Met:
     * all; partly: some; not met: none; not applicable with no such location.
     */
    {
      id: '3.4.2',
      ref: '§3.4.2; CP-6, CP-7',
      title: 'Alternate sites',
      asks: 'Have alternate storage and processing sites that can take over when a primary site is lost.',
      ...alternateSites,
    },
    /**
     * §3.4.5 Roles and responsibilities. Rule: every team carrying out an approved tier 1-2 plan
     * has members, an alternate for every role and an escalation order. Met: all; partly: some;
     * not met: none.
     */
    {
      id: '3.4.5',
      ref: '§3.4.5; CP-2',
      title: 'Roles and responsibilities',
      asks: 'Name the teams that carry out the plan, with a primary and an alternate for each role.',
      ...teamsStaffed,
    },
    /**
     * §3.5.1 Testing and exercises. Rule: every approved plan covering tier 1-2 is exercised
     * within the exercise window. Met: all; partly: some; not met: none or no such plan.
     */
    {
      id: '3.5.1',
      ref: '§3.5.1, §3.5.3; CP-4',
      title: 'Plan testing and exercises',
      asks: 'Test and exercise the plan at a set frequency to find and fix what does not work.',
      ...plansExercised({
        critical: true,
        what: 'approved plans covering tier 1-2',
        none: 'No approved plan covers a tier 1-2 service or function',
      }),
    },
    /**
     * §3.5.2 Training. Rule: everyone an approved tier 1-2 plan names is trained on it, current
     * (counted per person and plan). Met: all; partly: some; not met: none.
     */
    {
      id: '3.5.2',
      ref: '§3.5.2; CP-3',
      title: 'Training of the people named in plans',
      asks: 'Train the people with roles in the plan in those roles, on taking them up, when the plan changes and at a set interval after.',
      ...trainingCurrent,
    },
    /**
     * §3.6 Plan maintenance. Rule: every plan not retired is approved and reviewed within its
     * cycle. Met: all; partly: some; not met: none or no plan.
     */
    {
      id: '3.6',
      ref: '§3.6; CP-2',
      title: 'Plan maintenance',
      asks: 'Review and update the plan at a set interval and when the system or organisation changes, so it stays usable.',
      ...plansMaintained,
    },
    /**
     * §4.2-4.4 Plan phases. Rule: every tier 1-2 service and function is covered by an approved
     * plan with activation criteria, who may declare it and stand-down criteria. Met: all;
     * partly: some; not met: none.
     */
    {
      id: '4.2',
      ref: '§4.2-4.4; CP-2, CP-10',
      title: 'Activation and notification, recovery, reconstitution',
      asks: 'Write the plan in phases: when and by whom it is activated and who is notified, how the system is recovered, and when it is reconstituted and the plan deactivated.',
      ...plansCover,
    },
    /**
     * §4.5 Contacts. Rule: everyone an approved tier 1-2 plan names has contact details
     * verified within the contact window. Met: all; partly: some; not met: none.
     */
    {
      id: '4.5',
      ref: '§4.2.2, §4.5; CP-2',
      title: 'Contact lists kept current',
      asks: 'Keep the contact information of everyone the plan names current, as an appendix the plan relies on for notification.',
      ...contactsVerified,
    },
  ],
};
