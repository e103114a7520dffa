import { IconCopy } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';

const DuplicatesPage = lazyComponent(() => import('./pages/DuplicatesPage'), 'DuplicatesPage');
const MergeOutcomePage = lazyComponent(() => import('./pages/MergeOutcomePage'), 'MergeOutcomePage');
const MergeReviewPage = lazyComponent(() => import('./pages/MergeReviewPage'), 'MergeReviewPage');

export const duplicatesModule: AppModule = {
  navigation: [{ to: '/duplicates', label: 'Duplicates', icon: IconCopy, requires: 'people' }],
  routes: [
    { path: 'duplicates', element: <DuplicatesPage /> },
    { path: 'duplicates/merges/:mergeId', element: <MergeOutcomePage /> },
    { path: 'duplicates/:objectType/:firstId/:secondId', element: <MergeReviewPage /> },
  ],
};
