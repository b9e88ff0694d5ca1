import { describe, expect, it } from 'vitest';
import { checkLessonRules } from './index';
import { lesson, options } from './test-lessons';

describe('checkLessonRules', () => {
  it('runs all three rules', () => {
    const problems = checkLessonRules([lesson('02-a.mdx', '```console\n$ docker run -d nginx\n$ docker pull archlinux\n```\n')], options);
    expect(problems.map((p) => p.rule).sort()).toEqual(['arm64', 'install-order', 'install-order', 'named-containers']);
  });
});
