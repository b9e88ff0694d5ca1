import type { QuizProps } from '@/components/quiz/quiz-schema';
import { Island } from '@/lib/server/island';
import { lastResult, quizAnswer, quizQuestion, quizTag } from './quiz.contract';

/**
 * A lesson's knowledge check: plain server-rendered forms, readable without JavaScript.
 * quiz.island.ts makes "Check" say whether the choice is right and why, and keeps the result
 * with the reader's progress; the button is hidden without JavaScript, where it could not work.
 */
export function Quiz({ questions }: QuizProps) {
  return (
    <Island island="quiz" tag={quizTag}>
      <ol className="not-prose my-6 space-y-6">
        {questions.map((question, index) => (
          <li key={question.question}>
            <form
              {...quizQuestion.set(index)}
              {...quizAnswer.set({
                index: question.answer,
                choice: question.choices[question.answer] ?? '',
                explanation: question.explanation,
              })}
              className="rounded-xl border border-line p-4 sm:p-5"
            >
              <fieldset>
                <legend className="font-semibold text-ink text-pretty">
                  <span className="text-muted">{index + 1}. </span>
                  {question.question}
                </legend>
                <div className="mt-3 space-y-2">
                  {question.choices.map((choice, choiceIndex) => (
                    <label
                      key={choice}
                      className="flex cursor-pointer items-start gap-3 rounded-md border border-line px-3 py-2 hover:border-accent has-checked:border-accent has-checked:bg-accent-soft"
                    >
                      <input type="radio" name="answer" value={choiceIndex} className="mt-1 size-4 shrink-0 accent-accent" />
                      <span>{choice}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <div className="mt-4 flex flex-wrap items-start gap-x-4 gap-y-2 [html:not(.js)_&]:hidden">
                {/* A real submit button, so Enter in the radio group checks too; the page never reloads. */}
                <button type="submit" className="rounded-md bg-accent px-4 py-2 font-semibold text-page hover:bg-accent-strong">
                  Check
                </button>
                <div role="status" className="min-w-0 flex-1 basis-60 text-pretty" />
                {/* Outside the live region: read with the question, not announced as the page loads. */}
                <p {...lastResult.set(true)} hidden className="w-full text-sm text-muted" />
              </div>
            </form>
          </li>
        ))}
      </ol>
    </Island>
  );
}
