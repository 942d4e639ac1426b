/**
 * Preloaded into the API when profiling: SIGUSR2 ends the process through process.exit, which
 * lets `--cpu-prof` write its file (a re-raised SIGTERM would end it before that).
 */
process.once('SIGUSR2', () => process.exit(0));
