import { useSearchParams } from 'react-router';

/**
 * The list pages keep their search and filters in the URL (shareable, survives reload); setting a value replaces
 * the history entry and an empty value removes the parameter.
 */
export const useSearchParamSetter = () => {
  const [params, setParams] = useSearchParams();
  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return [params, setParam] as const;
};
