import { describe, expect, it } from 'vitest';
import { dashAppSplit, movedItemId } from './course-moves';

describe('movedItemId', () => {
  it('follows each question and drill of the old lesson 5 to where it is now', () => {
    expect(['quiz:dash-app:0', 'quiz:dash-app:1', 'quiz:dash-app:2', 'quiz:dash-app:3'].map((id) => movedItemId(dashAppSplit, id))).toEqual(
      ['quiz:run-dash-app:0', 'quiz:dash-app:0', 'quiz:dash-app:1', 'quiz:run-dash-app:2'],
    );
    expect(movedItemId(dashAppSplit, 'drill:dash-app:logs')).toBe('drill:run-dash-app:logs');
    expect(movedItemId(dashAppSplit, 'drill:dash-app:second-copy')).toBe('drill:run-dash-app:second-copy');
  });

  it('leaves what did not move', () => {
    for (const id of ['drill:dash-app:build', 'quiz:installation:0', 'drill:installation:hello', 'quiz:dash-app:9'])
      expect(movedItemId(dashAppSplit, id)).toBe(id);
  });

  it('sends every moved item to a different place, so no two schedules collide', () => {
    const targets = [0, 1, 2, 3].map((index) => movedItemId(dashAppSplit, `quiz:dash-app:${index}`));
    expect(new Set(targets).size).toBe(targets.length);
  });
});
