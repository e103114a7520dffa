import { IconSettings } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';
import type { SettingsSection } from './settings-section';

const SettingsLayout = lazyComponent(() => import('./pages/SettingsLayout'), 'SettingsLayout');

/** Settings gathers the sections every other module contributes (see app/modules.tsx). */
export function settingsModule(sections: readonly SettingsSection[]): AppModule {
  return {
    navigation: [{ to: '/settings', label: 'Settings', icon: IconSettings }],
    routes: [{ path: 'settings/*', element: <SettingsLayout sections={sections} /> }],
  };
}
