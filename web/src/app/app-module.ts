import type { RouteObject } from 'react-router';
import type { SettingsSection } from '../modules/settings/settings-section';
import type { NavEntry } from '../modules/shell/navigation';

/**
 * What a front-end module adds to the app: entries in the main navigation, pages behind sign-in
 * (paths relative to /), and sections under Settings. app/modules.tsx lists every module.
 *
 * A module's pages (routes and settings sections alike) load when first shown: its index.tsx names
 * each through lazyComponent (ui/lazy.tsx) and never imports a page itself, or the page, and all it
 * needs, would come with the code every page loads.
 */
export interface AppModule {
  navigation?: NavEntry[];
  routes?: RouteObject[];
  settings?: SettingsSection[];
}
