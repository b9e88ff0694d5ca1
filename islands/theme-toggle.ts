import { start } from './lib/start';
start(() => {});
