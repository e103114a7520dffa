import { IconHome } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';

const HomePage = lazyComponent(() => import('./pages/HomePage'), 'HomePage');

export const homeModule: AppModule = {
  navigation: [{ to: '/', label: 'Home', icon: IconHome }],
  routes: [{ index: true, element: <HomePage /> }],
};
