import { IconSettings } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { SettingsLayout } from './pages/SettingsLayout';
import type { SettingsSection } from './settings-section';

/** Settings gathers the sections every other module contributes (see app/modules.tsx). */
export function settingsModule(sections: readonly SettingsSection[]): AppModule {
  return {
    navigation: [{ to: '/settings', label: 'Settings', icon: IconSettings }],
    routes: [{ path: 'settings/*', element: <SettingsLayout sections={sections} /> }],
  };
}
