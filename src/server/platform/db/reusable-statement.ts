import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor } from './database';

/** A drizzle query builder with `sql.placeholder` for its values. */
type Preparable<Statement> = { prepare: (name: string) => Statement };

/**
 * A hot query whose SQL text drizzle builds once per database handle instead of on every request; node-postgres
 * names it, so PostgreSQL parses and plans it once per connection. `shape` picks among the query's variants (which
 * filters are present, whose visibility) and names each; the values go in as placeholders. Inside a transaction
 * the statement must run on the transaction's own connection (PGlite: on the handle it would deadlock), so there it
 * is built per call and only the server-side preparation is reused.
 */
export const reusableStatement = <Shape = void, Statement = never>(
  nameOf: (shape: Shape) => string,
  build: (executor: Executor, shape: Shape) => Preparable<Statement>,
): ((executor: Executor, shape: Shape) => Statement) => {
  const byDatabase = new WeakMap<Executor, Map<string, Statement>>();
  return (executor, shape) => {
    const name = nameOf(shape);
    if (executor instanceof PgTransaction) return build(executor, shape).prepare(name);
    let statements = byDatabase.get(executor);
    if (!statements) {
      statements = new Map();
      byDatabase.set(executor, statements);
    }
    let statement = statements.get(name);
    if (!statement) {
      statement = build(executor, shape).prepare(name);
      statements.set(name, statement);
    }
    return statement;
  };
};
