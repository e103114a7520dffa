export { createDemo, type DemoOptions, type DemoResult } from './demo.service.ts';
