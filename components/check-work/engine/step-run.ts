/* Lesson 5's chunk: its panel's check (diagnose-run.ts). */
export { diagnoseRun as check } from './diagnose-run';
