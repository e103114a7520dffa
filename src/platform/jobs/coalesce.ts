/**
 * A trigger for `run` that never has two runs in flight: calls that come while one runs ask for one
 * more run after it, however many they are. For waking a change consumer on every change: the
 * consumer reads everything committed before it runs, so one wake after the last change is enough,
 * and a stream of writes costs one wake at a time rather than a transaction for each change.
 * `run` handles its own errors (a rejection is only swallowed here).
 */
export function coalesced(run: () => Promise<unknown>): () => void {
  let running = false;
  let again = false;
  const trigger = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void run()
      .catch(() => {})
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          trigger();
        }
      });
  };
  return trigger;
}
