/**
 * `rasd analyze ... | head` closes stdout early: that is the reader's choice, not an error.
 * Exit quietly on EPIPE instead of printing a stack trace.
 */
export function exitQuietlyOnClosedStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
