import { useRoutes } from 'react-router';
import { RedirectSignedIn } from '../modules/account/components/RedirectSignedIn';
import { RequireSession } from '../modules/account/components/RequireSession';
import { ForgotPasswordPage } from '../modules/account/pages/ForgotPasswordPage';
import { ResetPasswordPage } from '../modules/account/pages/ResetPasswordPage';
import { SetupPage } from '../modules/account/pages/SetupPage';
import { SignInPage } from '../modules/account/pages/SignInPage';
import { AppLayout } from '../modules/shell/components/AppLayout';
import { NotFoundPage } from '../modules/shell/pages/NotFoundPage';
import { appModules } from './modules';

const navigation = appModules.flatMap((module) => module.navigation ?? []);
const pages = appModules.flatMap((module) => module.routes ?? []);

export function AppRoutes() {
  return useRoutes([
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
  ]);
}
