import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The embedded database cannot start here, for a reason the user can fix: its message is one line
 * saying what happened and what to do, and is shown as it is, without a stack.
 */
export class EmbeddedDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedDatabaseError';
  }
}

const OR_YOUR_OWN = 'or set DATABASE_URL to use a PostgreSQL server of your own';

export const folderClosedToServer = (folder: string, mode: number) =>
  new EmbeddedDatabaseError(
    `The embedded PostgreSQL cannot start: as root it runs as the system user "postgres", which cannot enter ` +
      `${folder} (mode ${(mode & 0o777).toString(8)}). Start from a folder other users can enter ` +
      `(or set DATA_DIR to one), ${OR_YOUR_OWN}.`,
  );

export const dataFolderInUse = (dir: string, pid: number) =>
  new EmbeddedDatabaseError(
    `The embedded PostgreSQL cannot start: its data folder ${dir} is in use by a server already running ` +
      `(process ${pid}), most likely another npm start in this folder. Stop that one, or start from another ` +
      `folder (or with another DATA_DIR), ${OR_YOUR_OWN}.`,
  );

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The process of a server already running on the data folder, from the pid file it keeps there.
 * A pid file left by a crash whose process is gone would make the start fail, so it goes.
 */
export function serverHolding(dir: string): number | undefined {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && isRunning(pid)) return pid;
  rmSync(pidFile, { force: true });
  return undefined;
}

/**
 * Started as root, the server runs as the "postgres" system user, which must be able to enter every
 * folder above its data (a `mktemp -d` folder, mode 700, is closed to it): the nearest one it cannot
 * enter, judged by the bits for other users.
 */
export function folderClosedToOthers(dir: string): { folder: string; mode: number } | undefined {
  for (let folder = dirname(resolve(dir)); ; folder = dirname(folder)) {
    if (existsSync(folder)) {
      const { mode } = statSync(folder);
      if ((mode & 0o001) === 0) return { folder, mode };
    }
    if (dirname(folder) === folder) return undefined;
  }
}
