/**
 * An assignment's life: proposed to a participant (tentative), then planned when they accept, or declined; a planned
 * one ends, or is cancelled. A proposal the coordinator takes back is withdrawn.
 */
export const assignmentStatuses = ['proposed', 'declined', 'withdrawn', 'planned', 'ended', 'cancelled'] as const;

/** How the participant's answer to a proposal reached us. */
export const proposalAnswerChannels = ['portal', 'phone'] as const;

/** Where an assignment's one-way distance comes from: the postcode estimate (decision 050) or a staff entry. */
export const distanceSources = ['estimate', 'staff'] as const;
