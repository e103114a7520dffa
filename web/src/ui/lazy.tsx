import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type ComponentType, type ReactNode, Suspense, use } from 'react';

/** A component of lazyComponent's: `preload()` fetches its code before it is first shown. */
export type LazyComponent<Props> = ComponentType<Props> & { preload: () => void };

/**
 * A component whose code loads the first time it is shown (or preloaded): vite puts what only `load`
 * reaches in chunks of their own, so a page brings only what it needs. Every page of a module is one
 * of these (app/app-module.ts), and so is the note editor, which alone needs TipTap:
 *   const PeopleListPage = lazyComponent(() => import('./pages/PeopleListPage'), 'PeopleListPage');
 *
 * Until the code has come, the nearest Suspense boundary shows its fallback: for pages, the one around
 * all routes (AppRoutes), which shows only on the first page; a move to another page is a transition,
 * so the page on screen stays until the next one's code is in. With a `fallback`, the component has
 * a boundary of its own, for a part that should not hold up the page around it (the note editor).
 * Once the code is in, the component renders at once, without suspending again.
 */
export function lazyComponent<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
  options: { fallback?: ReactNode } = {},
): LazyComponent<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const loadOnce = () => {
    loading ??= load().then(
      (module) => {
        loaded = module[name];
        return loaded;
      },
      // Most often a deployment that replaced the chunks since this tab opened: reloading fetches the new ones.
      () => LoadFailed,
    );
    return loading;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: made once per component, when its module loads, never while rendering
  function Lazy(props: Props) {
    const Component = loaded ?? use(loadOnce());
    return <Component {...props} />;
  }
  Lazy.displayName = `Lazy(${name})`;
  // biome-ignore lint/correctness/noComponentHookFactories: made once per component, when its module loads, never while rendering
  function WithFallback(props: Props) {
    return (
      <Suspense fallback={options.fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  const component = options.fallback === undefined ? Lazy : WithFallback;
  return Object.assign(component, { preload: () => void loadOnce() });
}

/** Whether a route's element is a lazy component (whose code may be fetched ahead). */
export function isLazyComponent(type: unknown): type is LazyComponent<never> {
  return typeof type === 'function' && typeof (type as Partial<LazyComponent<never>>).preload === 'function';
}

function LoadFailed() {
  return (
    <Alert
      color="red"
      variant="light"
      title="Could not load this"
      icon={<IconAlertTriangle size={18} />}
      role="alert"
    >
      This part of Rapport did not load, perhaps because it was updated since the page was opened.
      <Button
        display="block"
        size="xs"
        variant="light"
        color="red"
        mt="xs"
        onClick={() => window.location.reload()}
      >
        Reload
      </Button>
    </Alert>
  );
}
