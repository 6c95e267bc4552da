/** A job request's life (issue 10): a coordinator takes a new one into matching; planning it makes it planned. */
export const jobRequestStatuses = ['new', 'matching', 'planned', 'active', 'finished', 'cancelled'] as const;

/** Where a request came from: staff on the phone or at the desk, the client portal, the public form. */
export const jobRequestOrigins = ['staff', 'client_portal', 'public_form'] as const;
