import type { RouteObject } from 'react-router';
import type { SettingsSection } from '../modules/settings/settings-section';
import type { NavEntry } from '../modules/shell/navigation';

/**
 * What a front-end module adds to the app: entries in the main navigation, pages behind sign-in
 * (paths relative to /), and sections under Settings. app/modules.tsx lists every module.
 */
export interface AppModule {
  navigation?: NavEntry[];
  routes?: RouteObject[];
  settings?: SettingsSection[];
}
