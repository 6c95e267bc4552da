import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { ClientSummary, ListClientsQuery } from '../../../contracts/clients';
import { encodeCursor } from '../../../contracts/pagination';
import { parseEnterpriseNumber } from '../../../domain/identity/kbo';
import type { Transaction } from '../../platform/db/database';
import { containsPattern } from '../../platform/db/like-pattern';
import type { RequestContext } from '../../platform/http/request-context';
import { municipalities } from '../municipalities/schema';
import { clients } from './schema';

/** The coordinator's list: search by name, city or KBO number (as written), keyset pages ordered by name, id. */
export const listClients = async (tx: Transaction, context: RequestContext, query: ListClientsQuery): Promise<{ items: ClientSummary[]; nextCursor: string | null }> => {
  const pattern = query.q ? containsPattern(query.q.toLowerCase()) : undefined;
  const enterprise = query.q ? parseEnterpriseNumber(query.q) : undefined;
  const after = query.cursor;
  const rows = await tx
    .select({
      id: clients.id,
      clientNumber: clients.clientNumber,
      category: clients.category,
      name: clients.name,
      municipalityId: municipalities.id,
      municipalityName: municipalities.nameNl,
    })
    .from(clients)
    .leftJoin(municipalities, eq(municipalities.id, clients.municipalityId))
    .where(
      and(
        eq(clients.organiserId, context.actor.organiserId),
        pattern
          ? or(
              sql`lower(${clients.name}) like ${pattern}`,
              ilike(clients.city, pattern),
              enterprise?.valid ? eq(clients.enterpriseNumber, enterprise.enterpriseNumber) : undefined,
            )
          : undefined,
        after ? sql`(${clients.name}, ${clients.id}) > (${after[0]}, ${after[1]})` : undefined,
      ),
    )
    .orderBy(asc(clients.name), asc(clients.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      clientNumber: row.clientNumber,
      category: row.category,
      name: row.name,
      municipality: row.municipalityId && row.municipalityName ? { id: row.municipalityId, name: row.municipalityName } : null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.name, last.id]) : null,
  };
};
