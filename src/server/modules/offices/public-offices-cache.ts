import { eq, sql } from 'drizzle-orm';
import type { Office, PublicOffices } from '../../../contracts/offices';
import { reusableStatement } from '../../platform/db/reusable-statement';
import { organisers } from '../../platform/tenancy/schema';

/**
 * One cheap statement per request: the organiser, and a digest of what its public page shows — every office's id
 * and version (every change to an office or its hours bumps the version) and the ids of its closures still to come
 * (closures are only added or removed). Any server's write changes the digest, so every server's cache sees it.
 */
export const officesFingerprint = reusableStatement(
  () => 'public_offices_fingerprint',
  (db) =>
    db
      .select({
        id: organisers.id,
        slug: organisers.slug,
        name: organisers.name,
        // Written out with aliases: in a one-table select drizzle leaves column names unqualified, which the
        // subqueries would resolve to their own tables.
        digest: sql<string | null>`(
          select md5(string_agg(o.id::text || ':' || o.version || ':' || coalesce((
            select string_agg(c.id::text, ',' order by c.id)
            from office_closures c
            where c.office_id = o.id and c.ends_on >= ${sql.placeholder('today')}
          ), ''), ',' order by o.id))
          from offices o where o.organiser_id = "organisers"."id"
        )`,
      })
      .from(organisers)
      .where(eq(organisers.slug, sql.placeholder('slug'))),
);

type Entry = {
  digest: string | null;
  today: string;
  offices: Office[];
  /** The answer's items for one minute: opening status is judged to the minute. */
  minute: number;
  items: PublicOffices['items'];
};

/**
 * Per app server: entries per organiser id, checked against the database's digest on every request, so a write on
 * any server (or a test's second app on another database: organiser ids are random) is seen at the next request.
 */
export const publicOfficesCache = new Map<string, Entry>();
