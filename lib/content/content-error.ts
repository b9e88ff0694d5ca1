/**
 * The one error type of the content pipeline. Its message always starts with the lesson's
 * path relative to the project, so a failed build says where to look before what is wrong.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
  }
}

/** Errors thrown inside remark/rehype plugins; the loader adds the file name. */
export class LessonProblem extends Error {
  constructor(problem: string, line?: number) {
    super(line ? `line ${line}: ${problem}` : problem);
    this.name = 'LessonProblem';
  }
}
