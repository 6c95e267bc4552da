/** Where a letter goes. */
export type PostalAddress = { street: string; postcode: string; city: string };

/** The office people can call, mail or visit; every message names it (DESIGN.md: office contact in every message). */
export type OfficeContact = PostalAddress & { name: string; phone: string; email: string };

/** Who sends: the organiser, and its office when it has one (a new organiser may have none yet). */
export type Sender = { organiserName: string; office: OfficeContact | null };
