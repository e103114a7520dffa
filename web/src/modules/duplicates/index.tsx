import { IconCopy } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { DuplicatesPage } from './pages/DuplicatesPage';
import { MergeOutcomePage } from './pages/MergeOutcomePage';
import { MergeReviewPage } from './pages/MergeReviewPage';

export const duplicatesModule: AppModule = {
  navigation: [{ to: '/duplicates', label: 'Duplicates', icon: IconCopy, requires: 'people' }],
  routes: [
    { path: 'duplicates', element: <DuplicatesPage /> },
    { path: 'duplicates/merges/:mergeId', element: <MergeOutcomePage /> },
    { path: 'duplicates/:objectType/:firstId/:secondId', element: <MergeReviewPage /> },
  ],
};
