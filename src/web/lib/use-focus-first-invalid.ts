import { useEffect, useRef, type RefObject } from 'react';

/**
 * After a refused submit, focus goes to the first field marked invalid so keyboard and screen-reader users land on
 * the problem; call the returned function on every refused submit (even when the errors did not change).
 */
export const useFocusFirstInvalid = (container: RefObject<HTMLElement | null>): (() => void) => {
  const attempt = useRef(0);
  const handled = useRef(0);
  useEffect(() => {
    if (attempt.current === handled.current) return;
    handled.current = attempt.current;
    container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
  return () => {
    attempt.current += 1;
  };
};
