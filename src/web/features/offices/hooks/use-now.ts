import { useEffect, useState } from 'react';

/** The current time, refreshed on every minute boundary so "open"/"closed" flips when the clock does. */
export const useNow = (): Date => {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const untilNextMinute = 60_000 - (Date.now() % 60_000) + 50;
      timer = setTimeout(() => {
        setNow(new Date());
        schedule();
      }, untilNextMinute);
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return now;
};
