import { useEffect, useState } from 'react';

/** The time, renewed every `everyMs`: 3 分钟前 keeps counting while the screen stays open. */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
