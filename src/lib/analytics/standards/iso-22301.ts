/**
 * ISO 22301:2019 (business continuity management systems: requirements), the operational
 * clauses 8.2-8.5 and the performance clauses 9-10, as a checklist over the knowledge base.
 * Each requirement says what the clause asks in our words, what evidences it, and the rule of
 * the check it applies (checks/); the rule is repeated in each doc comment below.
 * Left out, because the knowledge base does not model them: 9.2 internal audit, and the
 * management review meeting itself (9.3 is checked by its input: records reviewed on cycle).
 */
import type { Standard } from './requirement.ts';
import { biaComplete } from './checks/bia.ts';
import { risksTreated } from './checks/risks.ts';
import { targetsAchievable } from './checks/recovery.ts';
import { suppliersExit } from './checks/suppliers.ts';
import { contactsVerified, teamsStaffed } from './checks/people.ts';
import { communication, plansCover } from './checks/plans.ts';
import {
  capabilityMeasured,
  findingsOnTime,
  improvementRecorded,
  plansExercised,
} from './checks/exercises.ts';
import { reviewsCurrent } from './checks/reviews.ts';
import { incidentLessons } from './checks/incidents.ts';

/** The ISO 22301:2019 checklist. */
export const ISO_22301: Standard = {
  id: 'iso-22301',
  title: 'ISO 22301:2019',
  name: 'Security and resilience: business continuity management systems, requirements',
  scope:
    'Clauses 8.2 to 8.5 (analysis, strategies, plans, exercises) and 9 to 10 (evaluation, improvement), as far as the records show them. Context, leadership and support (clauses 4 to 7), internal audit (9.2) and the management review meeting are for the auditor to see elsewhere.',
  requirements: [
    /**
     * 8.2.2 BIA. Rule: every tier 1-2 business function, and every function without an RTO,
     * has an impact table, an RTO, an MTPD (declared or derived), an approval and a current
     * review. Met: all; partly: some; not met: none or no BIA.
     */
    {
      id: '8.2.2',
      ref: '8.2.2',
      title: 'Business impact analysis',
      asks: 'Assess how the impact of stopping each activity grows over time, and set from it the time within which each prioritised activity must be resumed.',
      ...biaComplete,
    },
    /**
     * 8.2.3 Risk assessment. Rule: every open risk is treated when above appetite and reviewed
     * on cycle. Met: all; partly: some; not met: none or no open risk.
     */
    {
      id: '8.2.3',
      ref: '8.2.3',
      title: 'Risk assessment',
      asks: 'Identify, analyse and evaluate the risks of disruption to the prioritised activities, and decide which of them need treatment.',
      ...risksTreated,
    },
    /**
     * 8.3.2 Strategies. Rule: every tier 1-2 service and function can be back within its target
     * RTO after a wide outage (no target-unreachable gap). Met: all; partly: some; not met: none.
     */
    {
      id: '8.3.2',
      ref: '8.3.2, 8.3.3',
      title: 'Strategies that meet the recovery targets',
      asks: 'Choose continuity strategies and solutions that let the prioritised activities resume within their recovery time objectives.',
      ...targetsAchievable,
    },
    /**
     * 8.3.4 Resources: suppliers. Rule: every vendor of a tier 1-2 service has an approved exit
     * plan. Met: all; partly: some; not met: none; not applicable with no such vendor.
     */
    {
      id: '8.3.4',
      ref: '8.3.4 (partners and suppliers)',
      title: 'Supplier resources',
      asks: 'Work out the resources the strategies need, including the partners and suppliers that critical activities rely on, and how to continue without them.',
      ...suppliersExit,
    },
    /**
     * 8.4.2 Response structure. Rule: every team carrying out an approved tier 1-2 plan has
     * members, an alternate for every role and an escalation order. Met: all; partly: some; not
     * met: none.
     */
    {
      id: '8.4.2',
      ref: '8.4.2',
      title: 'Response structure: teams and alternates',
      asks: 'Set up teams with named roles, the authority and the people (with stand-ins) to respond to a disruption.',
      ...teamsStaffed,
    },
    /**
     * 8.4.2 Contacts. Rule: everyone an approved tier 1-2 plan names has contact details
     * verified within the contact window. Met: all; partly: some; not met: none.
     */
    {
      id: '8.4.2-contacts',
      ref: '8.4.2',
      title: 'Response structure: contacts verified',
      asks: 'Keep the contact details of the people in the response structure current, so they can be reached when a disruption starts.',
      ...contactsVerified,
    },
    /**
     * 8.4.3 Warning and communication. Rule: an approved crisis communication plan exists and
     * keeps a channel that outlasts what it recovers (else not met); every approved tier 1-2 and
     * crisis communication plan communicates over channels that outlast what it recovers. Met:
     * all; partly: some; not met: none or a blocking failure.
     */
    {
      id: '8.4.3',
      ref: '8.4.3',
      title: 'Warning and communication',
      asks: 'Have procedures to warn and communicate with staff, customers and other interested parties during a disruption, over means that stay available when it happens.',
      ...communication,
    },
    /**
     * 8.4.4 Business continuity plans. Rule: every tier 1-2 service and function is covered by
     * an approved plan with activation, stand-down and who may declare it. Met: all; partly:
     * some; not met: none.
     */
    {
      id: '8.4.4',
      ref: '8.4.4',
      title: 'Business continuity plans',
      asks: 'Document plans that say when and by whom they are activated, what to do, and when the response ends, for every prioritised activity.',
      ...plansCover,
    },
    /**
     * 8.5 Exercise programme. Rule: every approved plan covering tier 1-2 is exercised within
     * the exercise window. Met: all; partly: some; not met: none or no such plan.
     */
    {
      id: '8.5',
      ref: '8.5',
      title: 'Exercise programme',
      asks: 'Exercise the plans and procedures at planned intervals, consistent with the continuity objectives, and learn from the results.',
      ...plansExercised({
        critical: true,
        what: 'approved plans covering tier 1-2',
        none: 'No approved plan covers a tier 1-2 service or function',
      }),
    },
    /**
     * 9.1 Monitoring and evaluation. Rule: every tier 1-2 service has its recovery time
     * measured in an exercise, and its latest measurements meet its objectives. Met: all;
     * partly: some; not met: none.
     */
    {
      id: '9.1',
      ref: '9.1',
      title: 'Monitoring, measurement and evaluation',
      asks: 'Measure and evaluate whether the continuity capability performs as required, against the objectives set.',
      ...capabilityMeasured,
    },
    /**
     * 9.3 Management review (its inputs). Rule: every record with a review cycle is reviewed
     * within it. Met: all; partly: some; not met: none.
     */
    {
      id: '9.3',
      ref: '9.3',
      title: 'Management review',
      asks: 'Review the management system at planned intervals, including whether the analysis, plans and other documented information are still current and adequate.',
      ...reviewsCurrent,
    },
    /**
     * 10.1 Nonconformity and corrective action. Rule: every exercise finding is closed or
     * within its due date. Met: all; partly: some; not met: none; not applicable with none.
     */
    {
      id: '10.1',
      ref: '10.1',
      title: 'Nonconformity and corrective action',
      asks: 'When something falls short, act on it: correct it, deal with its causes and check the corrective action works, in time.',
      ...findingsOnTime,
    },
    /**
     * 10.1 Lessons from incidents. Rule: every incident that is over records its lessons
     * learned, each closed or within its due date. Met: all; partly: some; not met: none; not
     * applicable with no incident over.
     */
    {
      id: '10.1-incidents',
      ref: '10.1',
      title: 'Lessons learned from incidents',
      asks: 'When a real disruption happens, find what went wrong and why, decide what to change, and carry the changes out in time.',
      ...incidentLessons,
    },
    /**
     * 10.2 Continual improvement. Rule: every closed exercise finding records the change that
     * fixed it and its closing date. Met: all; partly: some; not met: none or none closed; not
     * applicable with no finding.
     */
    {
      id: '10.2',
      ref: '10.2',
      title: 'Continual improvement',
      asks: 'Keep improving the suitability, adequacy and effectiveness of the continuity arrangements, and show what was changed.',
      ...improvementRecorded,
    },
  ],
};
