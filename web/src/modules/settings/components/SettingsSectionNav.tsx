import { NativeSelect, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { type SettingsSection, sectionSlug } from '../settings-section';

export type SettingsNavLayout = 'side' | 'top' | 'select';

interface SettingsSectionNavProps {
  sections: readonly SettingsSection[];
  current: string | undefined;
  onSelect: (slug: string) => void;
  layout: SettingsNavLayout;
  children: ReactNode;
}

/** Tabs beside the page on wide screens, above it on narrower ones, and a select on a phone. */
export function SettingsSectionNav({
  sections,
  current,
  onSelect,
  layout,
  children,
}: SettingsSectionNavProps) {
  if (layout === 'select') {
    return (
      <>
        <NativeSelect
          label="Settings section"
          value={current ?? ''}
          onChange={(event) => onSelect(event.currentTarget.value)}
          data={sections.map((section) => ({ value: sectionSlug(section), label: section.label }))}
          mb="lg"
        />
        {children}
      </>
    );
  }
  const side = layout === 'side';
  return (
    <Tabs
      value={current ?? null}
      onChange={(slug) => slug && onSelect(slug)}
      orientation={side ? 'vertical' : 'horizontal'}
      keepMounted={false}
      variant={side ? 'pills' : 'default'}
      color={side ? 'indigo.1' : undefined}
      autoContrast
      styles={side ? { tabLabel: { textAlign: 'start' } } : undefined}
    >
      <Tabs.List
        aria-label="Settings sections"
        w={side ? 200 : undefined}
        mb={side ? undefined : 'xl'}
        mr={side ? 'xl' : undefined}
      >
        {sections.map((section) => (
          <Tabs.Tab
            key={section.path}
            value={sectionSlug(section)}
            leftSection={<section.icon size={16} stroke={1.7} aria-hidden />}
          >
            {section.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {current ? (
        <Tabs.Panel value={current} style={{ minWidth: 0 }}>
          {children}
        </Tabs.Panel>
      ) : (
        children
      )}
    </Tabs>
  );
}
