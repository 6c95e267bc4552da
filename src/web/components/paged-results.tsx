import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../lib/api-error';
import { Button } from './button';
import { ErrorAlert, Loading } from './messages';

/** The part of a TanStack infinite query a keyset list needs. */
export type PagedQuery = {
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  error: Error | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
};

type PagedResultsProps = {
  query: PagedQuery;
  itemCount: number;
  /** The live result count, e.g. "12 wijk-werkers" or "50 wijk-werkers, er zijn er meer". */
  countText: (count: number, hasMore: boolean) => string;
  emptyText: string;
  children: ReactNode;
};

/** Loading, errors, the announced count, the results and "Meer laden": the same for every list. */
export const PagedResults = ({ query, itemCount, countText, emptyText, children }: PagedResultsProps) => {
  const { t } = useTranslation();
  return (
    <>
      {query.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {query.isError ? <ErrorAlert>{t(errorMessageKey(query.error))}</ErrorAlert> : null}
      <p role="status" className="result-count">
        {query.isSuccess ? countText(itemCount, query.hasNextPage) : null}
      </p>
      {itemCount > 0 ? children : null}
      {query.isSuccess && itemCount === 0 ? <p>{emptyText}</p> : null}
      {query.hasNextPage ? (
        <Button variant="secondary" onPress={() => query.isFetchingNextPage || void query.fetchNextPage()}>
          {query.isFetchingNextPage ? t('app.loading') : t('common.loadMore')}
        </Button>
      ) : null}
    </>
  );
};

/** A wide table that scrolls on its own at 320 px instead of the page, reachable by keyboard. */
export const ScrollingTable = ({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) => (
  <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>{head}</tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  </div>
);
