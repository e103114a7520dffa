/**
 * The "Tier" select field that API and Chromium tests define (gold or silver): one body, so the tests
 * that filter, set and show it agree on its choices. Another label gives a second such field.
 */
export const tierField = (objectType: 'people' | 'companies', label = 'Tier') => ({
  objectType,
  label,
  type: 'select',
  choices: [
    { value: 'gold', label: 'Gold' },
    { value: 'silver', label: 'Silver' },
  ],
});
