import { isValidElement, Suspense, useEffect } from 'react';
import { matchRoutes, type RouteObject, useRoutes } from 'react-router';
import { RedirectSignedIn } from '../modules/account/components/RedirectSignedIn';
import { RequireSession } from '../modules/account/components/RequireSession';
import { ForgotPasswordPage } from '../modules/account/pages/ForgotPasswordPage';
import { ResetPasswordPage } from '../modules/account/pages/ResetPasswordPage';
import { SetupPage } from '../modules/account/pages/SetupPage';
import { SignInPage } from '../modules/account/pages/SignInPage';
import { FullPageLoader } from '../modules/shell/components/FullPageLoader';
import { NotFoundPage } from '../modules/shell/pages/NotFoundPage';
import { isLazyComponent, lazyComponent } from '../ui/lazy';
import { appModules } from './modules';

// The pages before sign-in come with the app itself; what is behind it, from the frame (navigation,
// search) to each page (the modules' routes), loads when first shown.
const AppLayout = lazyComponent(() => import('../modules/shell/components/AppLayout'), 'AppLayout');

const navigation = appModules.flatMap((module) => module.navigation ?? []);
const pages = appModules.flatMap((module) => module.routes ?? []);

const routes: RouteObject[] = [
  { path: '/setup', element: <SetupPage /> },
  // Reachable signed in or not: the link in the e-mail may be opened in a signed-in browser.
  { path: '/reset-password', element: <ResetPasswordPage /> },
  {
    element: <RedirectSignedIn />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
    ],
  },
  {
    element: <RequireSession />,
    children: [
      {
        path: '/',
        element: <AppLayout navigation={navigation} />,
        children: [...pages, { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
];

/**
 * Starts fetching the code of the page at this address, and of the frame around it, alongside the
 * session check rather than after it, and both at once rather than one after the other as each is
 * first rendered.
 */
function preloadPage(pathname: string): void {
  for (const { route } of matchRoutes(routes, pathname) ?? []) {
    const type = isValidElement(route.element) && route.element.type;
    if (isLazyComponent(type)) type.preload();
  }
}

/** Until the first page's code is in, a loader; after that, a page stays until the next one's is. */
export function AppRoutes() {
  // Once, on the first page: later ones load when the way to them is taken.
  useEffect(() => preloadPage(window.location.pathname), []);
  return <Suspense fallback={<FullPageLoader />}>{useRoutes(routes)}</Suspense>;
}
