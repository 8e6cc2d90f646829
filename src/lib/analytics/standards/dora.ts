/**
 * DORA, Regulation (EU) 2022/2554 (digital operational resilience of the financial sector):
 * Art. 11 (response and recovery), Art. 12 (backup, restoration and recovery), Art. 13(2)
 * (post-incident reviews), Art. 24(5)
 * (remedying what tests reveal), Art. 28(8) (exit strategies), and the RTS on the ICT risk
 * management framework, Commission Delegated Regulation (EU) 2024/1774, Art. 24-26 (the ICT
 * business continuity policy, testing the plans, the response and recovery plans and their
 * scenarios). "Critical or important functions" are read as tier 1-2, as the DORA register
 * export does. Each requirement's rule is repeated in its doc comment.
 * Left out: Art. 11(8) records of activities during disruptions, Art. 11(10) cost estimates,
 * and the register of information's contractual fields, which the knowledge base does not hold.
 */
import type { Standard } from './requirement.ts';
import { policyInForce } from './checks/policies.ts';
import { plansCover } from './checks/plans.ts';
import { biaComplete, objectivesSet } from './checks/bia.ts';
import { findingsOnTime, plansExercised, scenariosCovered } from './checks/exercises.ts';
import { backupsWithinRpo, restoresTested } from './checks/backups.ts';
import { suppliersExit } from './checks/suppliers.ts';
import { postIncidentReview } from './checks/incidents.ts';

/** The DORA and RTS 2024/1774 checklist. */
export const DORA: Standard = {
  id: 'dora',
  title: 'DORA (EU) 2022/2554 and RTS (EU) 2024/1774',
  name: 'Digital Operational Resilience Act: ICT response and recovery, backup, testing, third parties',
  scope:
    'Articles 11, 12, 13(2), 24(5) and 28(8) of the regulation and Articles 24 to 26 of the RTS, with critical or important functions read as tier 1-2. Incident reporting, threat-led penetration testing and the contractual register are outside what the records show.',
  requirements: [
    /**
     * Art. 11(1) ICT business continuity policy. Rule: every policy with topic continuity is
     * approved, in force, with objectives and reviewed on cycle. Met: all; partly: some; not
     * met: none or no such policy.
     */
    {
      id: 'art-11-1',
      ref: 'Art. 11(1); RTS Art. 24',
      title: 'ICT business continuity policy',
      asks: 'Have a comprehensive ICT business continuity policy, approved, in force, with its objectives, and kept under review.',
      ...policyInForce('continuity', 'business continuity policy'),
    },
    /**
     * Art. 11(2) Response and recovery plans. Rule: every tier 1-2 service and function is
     * covered by an approved plan with activation, stand-down and who may declare it. Met: all;
     * partly: some; not met: none.
     */
    {
      id: 'art-11-2',
      ref: 'Art. 11(2)-(3); RTS Art. 26(1)',
      title: 'ICT response and recovery plans',
      asks: 'Put the policy into plans that keep critical or important functions going, say when they are activated and deactivated, and who acts.',
      ...plansCover,
    },
    /**
     * Art. 11(5) BIA. Rule: every tier 1-2 business function, and every untiered one, has a
     * complete, approved and current BIA. Met: all; partly: some; not met: none or no BIA.
     */
    {
      id: 'art-11-5',
      ref: 'Art. 11(5)',
      title: 'Business impact analysis',
      asks: 'Assess, as part of the continuity policy, how exposed the business is to severe disruptions and what their impact would be.',
      ...biaComplete,
    },
    /**
     * Art. 11(6)(a) Yearly testing. Rule: every approved plan is exercised within the exercise
     * window. Met: all; partly: some; not met: none or no approved plan.
     */
    {
      id: 'art-11-6-a',
      ref: 'Art. 11(6)(a); RTS Art. 25',
      title: 'Plans tested at least yearly',
      asks: 'Test the ICT business continuity plans and the response and recovery plans at least once a year.',
      ...plansExercised({
        what: 'approved plans',
        none: 'No plan is approved',
      }),
    },
    /**
     * Art. 11(6)(b) Crisis communication tested. Rule: every approved crisis communication plan
     * is exercised within the window. Met: all; partly: some; not met: none or no such plan.
     */
    {
      id: 'art-11-6-b',
      ref: 'Art. 11(6)(b), Art. 14',
      title: 'Crisis communication plans tested',
      asks: 'Have crisis communication plans for staff, clients and authorities, and test them.',
      ...plansExercised({
        types: ['crisis-communication'],
        what: 'approved crisis communication plans',
        none: 'No crisis communication plan is approved',
      }),
    },
    /**
     * Art. 12(1) Backup policy. Rule: every policy with topic backup is approved, in force,
     * with objectives and reviewed on cycle. Met: all; partly: some; not met: none or no such
     * policy.
     */
    {
      id: 'art-12-1-policy',
      ref: 'Art. 12(1)',
      title: 'Backup policy',
      asks: 'Document backup policies and procedures saying what data is backed up and how often, and how it is restored.',
      ...policyInForce('backup', 'backup policy'),
    },
    /**
     * Art. 12(1) Backup frequency. Rule: every tier 1-2 service holding data (declaring an RPO or recording a backup) is backed up at
     * least as often as that RPO. Met: all; partly: some; not met: none or no such service.
     */
    {
      id: 'art-12-1-frequency',
      ref: 'Art. 12(1)',
      title: 'Backups as often as the recovery point needs',
      asks: 'Back up data at least as often as its criticality, expressed as its recovery point objective, requires.',
      ...backupsWithinRpo,
    },
    /**
     * Art. 12(2) Restores tested. Rule: every tier 1-2 service holding data had a restore test in
     * the exercise window. Met: all; partly: some; not met: none or no such service.
     */
    {
      id: 'art-12-2',
      ref: 'Art. 12(2)',
      title: 'Backup restoration tested',
      asks: 'Test the backup, restoration and recovery procedures periodically.',
      ...restoresTested,
    },
    /**
     * Art. 12(6) Recovery objectives. Rule: every business function declares an RTO and an RPO.
     * Met: all; partly: some; not met: none or no BIA.
     */
    {
      id: 'art-12-6',
      ref: 'Art. 12(6)',
      title: 'Recovery time and point objectives set',
      asks: 'Set recovery time and recovery point objectives for each function, taking into account whether it is critical or important.',
      ...objectivesSet({ mtpd: false }),
    },
    /**
     * Art. 13(2) Post-incident reviews. Rule: every incident over that took down a tier 1-2
     * service or disrupted a tier 1-2 function has a written review and lessons recorded, each
     * closed or with a due date. Met: all; partly: some; not met: none; not applicable with none.
     */
    {
      id: 'art-13-2',
      ref: 'Art. 13(2)',
      title: 'Post-incident reviews',
      asks: 'After an ICT-related incident that disrupts core activities, review what caused it and what worked, and decide the improvements to make.',
      ...postIncidentReview,
    },
    /**
     * Art. 24(5) Remedying test findings. Rule: every exercise finding is closed or within its
     * due date. Met: all; partly: some; not met: none; not applicable with no finding.
     */
    {
      id: 'art-24-5',
      ref: 'Art. 24(5); RTS Art. 25',
      title: 'What tests reveal is remedied',
      asks: 'Prioritise, classify and remedy the issues that tests reveal, and check that they are fully addressed.',
      ...findingsOnTime,
    },
    /**
     * Art. 28(8) Exit strategies. Rule: every vendor of a tier 1-2 service has an approved exit
     * plan. Met: all; partly: some; not met: none; not applicable with no such vendor.
     */
    {
      id: 'art-28-8',
      ref: 'Art. 28(8)',
      title: 'Exit strategies for ICT third-party services',
      asks: 'Have exit strategies for ICT services that support critical or important functions, so they can be left without disruption.',
      ...suppliersExit,
    },
    /**
     * RTS Art. 26(2) Scenarios planned for. Rule: every scenario of the list has an approved
     * tier 1-2 plan written for it. Met: all; partly: some; not met: none.
     */
    {
      id: 'rts-26-2',
      ref: 'RTS Art. 26(2)',
      title: 'Plans consider the disruption scenarios',
      asks: 'Make the response and recovery plans consider a range of scenarios: cyber attacks, third-party failure, loss of premises, ICT and communication failures, staff unavailability, natural disasters and pandemics, insider attacks, power outages.',
      ...scenariosCovered('planned'),
    },
    /**
     * RTS Art. 25 Scenarios tested. Rule: every scenario of the list was played by a completed
     * exercise for a tier 1-2 service. Met: all; partly: some; not met: none.
     */
    {
      id: 'rts-25',
      ref: 'RTS Art. 25(1)',
      title: 'Tests cover the disruption scenarios',
      asks: 'Test the plans against the scenarios they are written for, including cyber attacks and switching over to backups and redundant capacity.',
      ...scenariosCovered('exercised'),
    },
  ],
};
