import { IconHome } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { HomePage } from './pages/HomePage';

export const homeModule: AppModule = {
  navigation: [{ to: '/', label: 'Home', icon: IconHome }],
  routes: [{ index: true, element: <HomePage /> }],
};
