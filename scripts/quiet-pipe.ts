/**
 * Imported for its effect by scripts that print long listings: piped into `head`, the script stops
 * quietly when the reader does, instead of throwing EPIPE.
 */
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
