import { useEffect, useRef } from 'react';

/** Calls back whenever the returned element scrolls into view: the trigger of an endless list. */
export function useWhenVisible<E extends HTMLElement>(onVisible: () => void, enabled: boolean) {
  const ref = useRef<E>(null);
  const callback = useRef(onVisible);
  callback.current = onVisible;
  useEffect(() => {
    const element = ref.current;
    if (!element || !enabled) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) callback.current();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled]);
  return ref;
}
