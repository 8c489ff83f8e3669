/**
 * Failures on the way to a running Tutti, each told as one sentence that says what to do.
 * main.ts prints `describeStartupFailure(error)` and exits with its code — never a stack trace.
 */

/** A start-up failure whose message is already the sentence to print. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "StartupError";
  }
}

type ErrnoLike = { code?: string; path?: string; dest?: string; syscall?: string; address?: string; port?: number; message?: string };

/** The sentence for a system error (no space, no permission, port taken…), or null when it is none of these. */
export function explainSystemError(error: unknown, fallbackPath?: string): string | null {
  if (!error || typeof error !== "object") return null;
  const { code, path: where = fallbackPath, syscall, address, port } = error as ErrnoLike;
  const place = where ? ` ${where}` : "";
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return `The disk holding${place || " Tutti's data"} is full: free some space (or set DATA_DIR to a folder on a disk with room) and start again.`;
    case "EACCES":
    case "EPERM":
      if (syscall === "listen" || syscall === "bind") return `Tutti may not listen on port ${port ?? "?"}: choose a port above 1023 with PORT=3000, or start it with the right to use that port.`;
      if (syscall?.startsWith("spawn")) return `This user may not run${place}: check that the folder and its parents can be traversed (chmod o+x) and are not on a noexec disk, then start again.`;
      return `Tutti may not write to${place || " its data folder"}: give this user write access to it, or set DATA_DIR to a folder it owns, and start again.`;
    case "EROFS":
      return `${where ?? "Tutti's data folder"} is on a read-only disk: set DATA_DIR to a writable folder and start again.`;
    case "ENOTDIR":
    case "EEXIST":
      return `${where ?? "DATA_DIR"} is in the way of Tutti's data folder (a file where a folder should be): move it, or set DATA_DIR to another folder, and start again.`;
    case "EADDRINUSE":
      return `Port ${port ?? "?"} on ${address ?? "this machine"} is already in use (another Tutti, or another program): stop it, or start Tutti on another port with PORT=${(port ?? 3000) + 1}.`;
    case "EADDRNOTAVAIL":
      return `HOST ${address ?? "?"} is not an address of this machine: use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).`;
    default:
      return null;
  }
}

/** The one sentence (and exit code) to print for any error that stops the start. */
export function describeStartupFailure(error: unknown): { sentence: string; exitCode: number } {
  if (error instanceof StartupError) return { sentence: error.message, exitCode: error.exitCode };
  const explained = explainSystemError(error);
  if (explained) return { sentence: explained, exitCode: 1 };
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split("\n")[0]?.trim() || "unknown error";
  return { sentence: `Tutti could not start: ${firstLine} (LOG_LEVEL=debug shows the details).`, exitCode: 1 };
}
