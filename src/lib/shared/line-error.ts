// A problem at one line of a file: what the bank reports to an author as `file:line: reason`.
export class LineError extends Error {
  readonly line: number;
  readonly reason: string;
  constructor(line: number, reason: string) {
    super(`line ${line}: ${reason}`);
    this.line = line;
    this.reason = reason;
  }
}
