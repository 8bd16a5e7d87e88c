/** A mistake the user can fix: shown as one line, exit code 2, never a stack trace. */
export class QuizwireError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'QuizwireError';
  }
}

export function isQuizwireError(error: unknown): error is QuizwireError {
  return error instanceof QuizwireError;
}
