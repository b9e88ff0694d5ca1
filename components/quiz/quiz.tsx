import type { QuizProps } from '@/lib/quiz-schema';
import { QuizCheck } from './quiz-check';

/**
 * A lesson's knowledge check. The questions are plain server-rendered forms (readable without
 * JavaScript); only the "Check" button and its feedback are a client island.
 */
export function Quiz({ questions }: QuizProps) {
  return (
    <ol className="not-prose my-6 space-y-6">
      {questions.map((question, index) => (
        <li key={question.question}>
          <form className="rounded-xl border border-line p-4 sm:p-5">
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
            <QuizCheck
              index={index}
              answer={question.answer}
              correctChoice={question.choices[question.answer] ?? ''}
              explanation={question.explanation}
            />
          </form>
        </li>
      ))}
    </ol>
  );
}
